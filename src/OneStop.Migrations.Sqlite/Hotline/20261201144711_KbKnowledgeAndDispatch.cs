using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OneStop.Migrations.Sqlite.Hotline
{
    /// <inheritdoc />
    public partial class KbKnowledgeAndDispatch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "hotline_dispatch_rules",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CategoryCode = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    MainDepartmentId = table.Column<long>(type: "INTEGER", nullable: false),
                    CoHandlerIds = table.Column<string>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_hotline_dispatch_rules", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "hotline_knowledge_articles",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DepartmentId = table.Column<long>(type: "INTEGER", nullable: false),
                    DepartmentName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DepartmentRegion = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    PublishedNumber = table.Column<int>(type: "INTEGER", nullable: true),
                    PublishedExpiresOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_hotline_knowledge_articles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "hotline_knowledge_versions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ArticleId = table.Column<long>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Questions = table.Column<string>(type: "TEXT", nullable: false),
                    Answer = table.Column<string>(type: "TEXT", maxLength: 5000, nullable: false),
                    CategoryCode = table.Column<string>(type: "TEXT", maxLength: 6, nullable: true),
                    Regions = table.Column<string>(type: "TEXT", nullable: false),
                    ExpiresOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    AuthorIds = table.Column<string>(type: "TEXT", nullable: false),
                    WrittenBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    WrittenAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SubmittedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    SubmittedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ReviewedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ReviewedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ReviewNote = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_hotline_knowledge_versions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_hotline_knowledge_versions_hotline_knowledge_articles_ArticleId",
                        column: x => x.ArticleId,
                        principalTable: "hotline_knowledge_articles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_hotline_dispatch_rules_CategoryCode_RegionCode",
                table: "hotline_dispatch_rules",
                columns: new[] { "CategoryCode", "RegionCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_hotline_dispatch_rules_RegionCode",
                table: "hotline_dispatch_rules",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_hotline_knowledge_articles_DepartmentId_Status",
                table: "hotline_knowledge_articles",
                columns: new[] { "DepartmentId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_hotline_knowledge_articles_Status_DepartmentRegion",
                table: "hotline_knowledge_articles",
                columns: new[] { "Status", "DepartmentRegion" });

            migrationBuilder.CreateIndex(
                name: "IX_hotline_knowledge_versions_ArticleId_Number",
                table: "hotline_knowledge_versions",
                columns: new[] { "ArticleId", "Number" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "hotline_dispatch_rules");

            migrationBuilder.DropTable(
                name: "hotline_knowledge_versions");

            migrationBuilder.DropTable(
                name: "hotline_knowledge_articles");
        }
    }
}

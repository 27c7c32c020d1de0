using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace OneStop.Migrations.Postgres.Hotline
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CategoryCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    MainDepartmentId = table.Column<long>(type: "bigint", nullable: false),
                    CoHandlerIds = table.Column<List<long>>(type: "bigint[]", nullable: false),
                    Note = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    UpdatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Revision = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_hotline_dispatch_rules", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "hotline_knowledge_articles",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DepartmentId = table.Column<long>(type: "bigint", nullable: false),
                    DepartmentName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DepartmentRegion = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    PublishedNumber = table.Column<int>(type: "integer", nullable: true),
                    PublishedExpiresOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Revision = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_hotline_knowledge_articles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "hotline_knowledge_versions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ArticleId = table.Column<long>(type: "bigint", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Title = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Questions = table.Column<List<string>>(type: "text[]", nullable: false),
                    Answer = table.Column<string>(type: "character varying(5000)", maxLength: 5000, nullable: false),
                    CategoryCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: true),
                    Regions = table.Column<List<string>>(type: "text[]", nullable: false),
                    ExpiresOn = table.Column<DateOnly>(type: "date", nullable: false),
                    AuthorIds = table.Column<List<long>>(type: "bigint[]", nullable: false),
                    WrittenBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    WrittenAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SubmittedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    SubmittedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ReviewedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ReviewedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ReviewNote = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_hotline_knowledge_versions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_hotline_knowledge_versions_hotline_knowledge_articles_Artic~",
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

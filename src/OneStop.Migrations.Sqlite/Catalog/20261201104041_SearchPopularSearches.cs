using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OneStop.Migrations.Sqlite.Catalog
{
    /// <inheritdoc />
    public partial class SearchPopularSearches : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "catalog_search_counts",
                columns: table => new
                {
                    Query = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Count = table.Column<long>(type: "INTEGER", nullable: false),
                    LastSearchedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_catalog_search_counts", x => x.Query);
                });

            migrationBuilder.CreateIndex(
                name: "IX_catalog_search_counts_Count",
                table: "catalog_search_counts",
                column: "Count");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "catalog_search_counts");
        }
    }
}

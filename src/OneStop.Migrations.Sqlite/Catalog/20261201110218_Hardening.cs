using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OneStop.Migrations.Sqlite.Catalog
{
    /// <inheritdoc />
    public partial class Hardening : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Revision",
                table: "catalog_items",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "Variation",
                table: "catalog_item_versions",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Revision",
                table: "catalog_bundles",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

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

            migrationBuilder.DropColumn(
                name: "Revision",
                table: "catalog_items");

            migrationBuilder.DropColumn(
                name: "Variation",
                table: "catalog_item_versions");

            migrationBuilder.DropColumn(
                name: "Revision",
                table: "catalog_bundles");
        }
    }
}

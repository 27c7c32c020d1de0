using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OneStop.Migrations.Postgres.Cases
{
    /// <inheritdoc />
    public partial class ApplicantStateIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_cases_cases_ApplicantAccountId",
                table: "cases_cases");

            migrationBuilder.CreateIndex(
                name: "IX_cases_cases_ApplicantAccountId_State",
                table: "cases_cases",
                columns: new[] { "ApplicantAccountId", "State" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_cases_cases_ApplicantAccountId_State",
                table: "cases_cases");

            migrationBuilder.CreateIndex(
                name: "IX_cases_cases_ApplicantAccountId",
                table: "cases_cases",
                column: "ApplicantAccountId");
        }
    }
}

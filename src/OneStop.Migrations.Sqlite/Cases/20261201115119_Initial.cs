using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OneStop.Migrations.Sqlite.Cases
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "cases_cases",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Number = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    ParentId = table.Column<long>(type: "INTEGER", nullable: true),
                    State = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    ItemId = table.Column<long>(type: "INTEGER", nullable: true),
                    ItemVersionId = table.Column<long>(type: "INTEGER", nullable: true),
                    BundleId = table.Column<long>(type: "INTEGER", nullable: true),
                    ItemCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ItemName = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Item = table.Column<string>(type: "TEXT", nullable: true),
                    Bundle = table.Column<string>(type: "TEXT", nullable: true),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    DepartmentId = table.Column<long>(type: "INTEGER", nullable: true),
                    DepartmentName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Applicant = table.Column<string>(type: "TEXT", nullable: false),
                    ApplicantAccountId = table.Column<long>(type: "INTEGER", nullable: true),
                    ApplicantIdTail = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    Fields = table.Column<string>(type: "TEXT", nullable: false),
                    Materials = table.Column<string>(type: "TEXT", nullable: false),
                    Steps = table.Column<string>(type: "TEXT", nullable: false),
                    Pauses = table.Column<string>(type: "TEXT", nullable: false),
                    Extensions = table.Column<string>(type: "TEXT", nullable: false),
                    Supplement = table.Column<string>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SubmittedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    AcceptedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    StatutoryDueDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PromisedDueDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    StepDueDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DeferredDueDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DecidedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Decision = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    DecisionReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    DecidedByRule = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    RefusalReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    FileBytes = table.Column<long>(type: "INTEGER", nullable: false),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cases_cases", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "cases_number_counters",
                columns: table => new
                {
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Day = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Last = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cases_number_counters", x => new { x.RegionCode, x.Day });
                });

            migrationBuilder.CreateTable(
                name: "cases_events",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseId = table.Column<long>(type: "INTEGER", nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    From = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    To = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ActorId = table.Column<long>(type: "INTEGER", nullable: true),
                    ActorName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ActorRole = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Opinion = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Detail = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Attachments = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cases_events", x => x.Id);
                    table.ForeignKey(
                        name: "FK_cases_events_cases_cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "cases_cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_cases_cases_ApplicantAccountId",
                table: "cases_cases",
                column: "ApplicantAccountId");

            migrationBuilder.CreateIndex(
                name: "IX_cases_cases_DepartmentId_State_StepDueDate",
                table: "cases_cases",
                columns: new[] { "DepartmentId", "State", "StepDueDate" });

            migrationBuilder.CreateIndex(
                name: "IX_cases_cases_Number",
                table: "cases_cases",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_cases_cases_ParentId",
                table: "cases_cases",
                column: "ParentId");

            migrationBuilder.CreateIndex(
                name: "IX_cases_cases_RegionCode_State",
                table: "cases_cases",
                columns: new[] { "RegionCode", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_cases_cases_SubmittedAt",
                table: "cases_cases",
                column: "SubmittedAt");

            migrationBuilder.CreateIndex(
                name: "IX_cases_events_CaseId_Sequence",
                table: "cases_events",
                columns: new[] { "CaseId", "Sequence" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "cases_events");

            migrationBuilder.DropTable(
                name: "cases_number_counters");

            migrationBuilder.DropTable(
                name: "cases_cases");
        }
    }
}

using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace OneStop.Migrations.Postgres.Cases
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Number = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Kind = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    ParentId = table.Column<long>(type: "bigint", nullable: true),
                    State = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Channel = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    ItemId = table.Column<long>(type: "bigint", nullable: true),
                    ItemVersionId = table.Column<long>(type: "bigint", nullable: true),
                    BundleId = table.Column<long>(type: "bigint", nullable: true),
                    ItemCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ItemName = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Item = table.Column<string>(type: "text", nullable: true),
                    Bundle = table.Column<string>(type: "text", nullable: true),
                    RegionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    DepartmentId = table.Column<long>(type: "bigint", nullable: true),
                    DepartmentName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Applicant = table.Column<string>(type: "text", nullable: false),
                    ApplicantAccountId = table.Column<long>(type: "bigint", nullable: true),
                    ApplicantIdTail = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    Fields = table.Column<string>(type: "text", nullable: false),
                    Materials = table.Column<string>(type: "text", nullable: false),
                    Steps = table.Column<string>(type: "text", nullable: false),
                    Pauses = table.Column<string>(type: "text", nullable: false),
                    Extensions = table.Column<string>(type: "text", nullable: false),
                    Supplement = table.Column<string>(type: "text", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SubmittedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    AcceptedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    StatutoryDueDate = table.Column<DateOnly>(type: "date", nullable: true),
                    PromisedDueDate = table.Column<DateOnly>(type: "date", nullable: true),
                    StepDueDate = table.Column<DateOnly>(type: "date", nullable: true),
                    DeferredDueDate = table.Column<DateOnly>(type: "date", nullable: true),
                    DecidedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Decision = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    DecisionReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    DecidedByRule = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    RefusalReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    FileBytes = table.Column<long>(type: "bigint", nullable: false),
                    Revision = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cases_cases", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "cases_number_counters",
                columns: table => new
                {
                    RegionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Day = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    Last = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cases_number_counters", x => new { x.RegionCode, x.Day });
                });

            migrationBuilder.CreateTable(
                name: "cases_events",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CaseId = table.Column<long>(type: "bigint", nullable: false),
                    Sequence = table.Column<int>(type: "integer", nullable: false),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Action = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    From = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    To = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ActorId = table.Column<long>(type: "bigint", nullable: true),
                    ActorName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ActorRole = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Opinion = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Detail = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Attachments = table.Column<string>(type: "text", nullable: false)
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

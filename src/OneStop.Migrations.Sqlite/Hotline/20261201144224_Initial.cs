using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OneStop.Migrations.Sqlite.Hotline
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "hotline_request_counters",
                columns: table => new
                {
                    Day = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Last = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_hotline_request_counters", x => x.Day);
                });

            migrationBuilder.CreateTable(
                name: "hotline_tickets",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Number = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Urgency = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    CategoryCode = table.Column<string>(type: "TEXT", maxLength: 6, nullable: true),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Address = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Latitude = table.Column<double>(type: "REAL", nullable: true),
                    Longitude = table.Column<double>(type: "REAL", nullable: true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DepartmentId = table.Column<long>(type: "INTEGER", nullable: true),
                    DepartmentName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    CoDepartments = table.Column<string>(type: "TEXT", nullable: false),
                    CoDepartmentKeys = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    DispatchedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    SignDueAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    SignedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DueAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DispatchCount = table.Column<int>(type: "INTEGER", nullable: false),
                    ReturnCount = table.Column<int>(type: "INTEGER", nullable: false),
                    PendingReturn = table.Column<string>(type: "TEXT", nullable: true),
                    Extension = table.Column<string>(type: "TEXT", nullable: true),
                    CoHandlerNotes = table.Column<string>(type: "TEXT", nullable: false),
                    Reply = table.Column<string>(type: "TEXT", nullable: true),
                    RepliedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RepliedOnTime = table.Column<bool>(type: "INTEGER", nullable: true),
                    SignedOnTime = table.Column<bool>(type: "INTEGER", nullable: true),
                    ReopenCount = table.Column<int>(type: "INTEGER", nullable: false),
                    UrgeLevel = table.Column<int>(type: "INTEGER", nullable: false),
                    LastUrgedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    EmergencyFlag = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    HandOverRecord = table.Column<string>(type: "TEXT", nullable: true),
                    ClosedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ClosedHow = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    FirstCallResolved = table.Column<bool>(type: "INTEGER", nullable: false),
                    Resolved = table.Column<bool>(type: "INTEGER", nullable: true),
                    MergedIntoId = table.Column<long>(type: "INTEGER", nullable: true),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_hotline_tickets", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "hotline_requests",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Number = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    TicketId = table.Column<long>(type: "INTEGER", nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    RequesterName = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    PhoneVerified = table.Column<bool>(type: "INTEGER", nullable: false),
                    Anonymous = table.Column<bool>(type: "INTEGER", nullable: false),
                    Confidential = table.Column<bool>(type: "INTEGER", nullable: false),
                    AccountId = table.Column<long>(type: "INTEGER", nullable: true),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Address = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Latitude = table.Column<double>(type: "REAL", nullable: true),
                    Longitude = table.Column<double>(type: "REAL", nullable: true),
                    ReceivedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ReceivedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Callback = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    CallbackAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CallbackBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    CallbackComment = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Updates = table.Column<string>(type: "TEXT", nullable: false),
                    EarlierCallbacks = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_hotline_requests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_hotline_requests_hotline_tickets_TicketId",
                        column: x => x.TicketId,
                        principalTable: "hotline_tickets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "hotline_ticket_events",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TicketId = table.Column<long>(type: "INTEGER", nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    From = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    To = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ActorId = table.Column<long>(type: "INTEGER", nullable: true),
                    ActorName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ActorRole = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ActorDepartment = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Opinion = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Detail = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_hotline_ticket_events", x => x.Id);
                    table.ForeignKey(
                        name: "FK_hotline_ticket_events_hotline_tickets_TicketId",
                        column: x => x.TicketId,
                        principalTable: "hotline_tickets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_hotline_requests_AccountId",
                table: "hotline_requests",
                column: "AccountId");

            migrationBuilder.CreateIndex(
                name: "IX_hotline_requests_Number",
                table: "hotline_requests",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_hotline_requests_ReceivedAt",
                table: "hotline_requests",
                column: "ReceivedAt");

            migrationBuilder.CreateIndex(
                name: "IX_hotline_requests_TicketId",
                table: "hotline_requests",
                column: "TicketId");

            migrationBuilder.CreateIndex(
                name: "IX_hotline_ticket_events_TicketId_Sequence",
                table: "hotline_ticket_events",
                columns: new[] { "TicketId", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_hotline_tickets_CreatedAt",
                table: "hotline_tickets",
                column: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_hotline_tickets_DepartmentId_State_DueAt",
                table: "hotline_tickets",
                columns: new[] { "DepartmentId", "State", "DueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_hotline_tickets_Number",
                table: "hotline_tickets",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_hotline_tickets_RegionCode_State",
                table: "hotline_tickets",
                columns: new[] { "RegionCode", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_hotline_tickets_State_SignDueAt",
                table: "hotline_tickets",
                columns: new[] { "State", "SignDueAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "hotline_request_counters");

            migrationBuilder.DropTable(
                name: "hotline_requests");

            migrationBuilder.DropTable(
                name: "hotline_ticket_events");

            migrationBuilder.DropTable(
                name: "hotline_tickets");
        }
    }
}

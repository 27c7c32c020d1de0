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
                name: "hotline_phone_codes",
                columns: table => new
                {
                    Phone = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    IssuedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ExpiresAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    PasswordSalt = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    PasswordHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Tries = table.Column<int>(type: "INTEGER", nullable: false),
                    UsedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_hotline_phone_codes", x => x.Phone);
                });

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

            migrationBuilder.CreateTable(
                name: "hotline_imported_messages",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MessageId = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    TicketId = table.Column<long>(type: "INTEGER", nullable: false),
                    ImportedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_hotline_imported_messages", x => x.Id);
                    table.ForeignKey(
                        name: "FK_hotline_imported_messages_hotline_tickets_TicketId",
                        column: x => x.TicketId,
                        principalTable: "hotline_tickets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
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
                name: "IX_hotline_dispatch_rules_CategoryCode_RegionCode",
                table: "hotline_dispatch_rules",
                columns: new[] { "CategoryCode", "RegionCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_hotline_dispatch_rules_RegionCode",
                table: "hotline_dispatch_rules",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_hotline_imported_messages_MessageId",
                table: "hotline_imported_messages",
                column: "MessageId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_hotline_imported_messages_TicketId",
                table: "hotline_imported_messages",
                column: "TicketId");

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
                name: "hotline_dispatch_rules");

            migrationBuilder.DropTable(
                name: "hotline_imported_messages");

            migrationBuilder.DropTable(
                name: "hotline_knowledge_versions");

            migrationBuilder.DropTable(
                name: "hotline_phone_codes");

            migrationBuilder.DropTable(
                name: "hotline_request_counters");

            migrationBuilder.DropTable(
                name: "hotline_requests");

            migrationBuilder.DropTable(
                name: "hotline_ticket_events");

            migrationBuilder.DropTable(
                name: "hotline_knowledge_articles");

            migrationBuilder.DropTable(
                name: "hotline_tickets");
        }
    }
}

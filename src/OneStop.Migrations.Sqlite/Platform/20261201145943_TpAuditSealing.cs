using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OneStop.Migrations.Sqlite.Platform
{
    /// <inheritdoc />
    public partial class TpAuditSealing : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "RecordId",
                table: "platform_security_events",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "RecordId",
                table: "platform_audit",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "platform_audit_pending",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Chain = table.Column<int>(type: "INTEGER", nullable: false),
                    RecordId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OccurredAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ActorId = table.Column<long>(type: "INTEGER", nullable: true),
                    ActorName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ActorRoles = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    DepartmentId = table.Column<long>(type: "INTEGER", nullable: true),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: true),
                    Action = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Target = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Summary = table.Column<string>(type: "TEXT", nullable: false),
                    Mac = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_audit_pending", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_platform_security_events_RecordId",
                table: "platform_security_events",
                column: "RecordId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_platform_audit_RecordId",
                table: "platform_audit",
                column: "RecordId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_platform_audit_pending_RecordId",
                table: "platform_audit_pending",
                column: "RecordId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "platform_audit_pending");

            migrationBuilder.DropIndex(
                name: "IX_platform_security_events_RecordId",
                table: "platform_security_events");

            migrationBuilder.DropIndex(
                name: "IX_platform_audit_RecordId",
                table: "platform_audit");

            migrationBuilder.DropColumn(
                name: "RecordId",
                table: "platform_security_events");

            migrationBuilder.DropColumn(
                name: "RecordId",
                table: "platform_audit");
        }
    }
}

using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace OneStop.Migrations.Postgres.Platform
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
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "RecordId",
                table: "platform_audit",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "platform_audit_pending",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Chain = table.Column<int>(type: "integer", nullable: false),
                    RecordId = table.Column<Guid>(type: "uuid", nullable: false),
                    OccurredAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ActorId = table.Column<long>(type: "bigint", nullable: true),
                    ActorName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ActorRoles = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    DepartmentId = table.Column<long>(type: "bigint", nullable: true),
                    RegionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: true),
                    Action = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Target = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Summary = table.Column<string>(type: "text", nullable: false),
                    Mac = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
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

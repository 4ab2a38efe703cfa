using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hamahang.Api.Tests.Data.LegacyMigrations;

public sealed partial class InitialCreate
{
    // API keys, idempotency records and the audit trail.
    private static void CreateRecords(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "ApiKeys",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("SqlServer:Identity", "1, 1"),
                Prefix = table.Column<string>(maxLength: 64, nullable: false),
                Hash = table.Column<string>(maxLength: 128, nullable: false),
                Role = table.Column<string>(maxLength: 32, nullable: false),
                Name = table.Column<string>(maxLength: 300, nullable: true),
                OrganizationId = table.Column<int>(nullable: true),
                PersonId = table.Column<int>(nullable: true),
                RevokedAt = table.Column<DateTime>(nullable: true),
                CreatedAt = table.Column<DateTime>(nullable: false),
                UpdatedAt = table.Column<DateTime>(nullable: false),
                Version = table.Column<long>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ApiKeys", x => x.Id);
                table.ForeignKey(
                    name: "FK_ApiKeys_Organizations_OrganizationId",
                    column: x => x.OrganizationId,
                    principalTable: "Organizations",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
                table.ForeignKey(
                    name: "FK_ApiKeys_People_PersonId",
                    column: x => x.PersonId,
                    principalTable: "People",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "IdempotencyRecords",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("SqlServer:Identity", "1, 1"),
                Operation = table.Column<string>(maxLength: 128, nullable: false),
                Key = table.Column<string>(maxLength: 128, nullable: false),
                Caller = table.Column<string>(maxLength: 300, nullable: false),
                ResultType = table.Column<string>(maxLength: 128, nullable: false),
                ResultId = table.Column<int>(nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
                UpdatedAt = table.Column<DateTime>(nullable: false),
                Version = table.Column<long>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_IdempotencyRecords", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "AuditEntries",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("SqlServer:Identity", "1, 1"),
                Actor = table.Column<string>(maxLength: 300, nullable: false),
                Operation = table.Column<string>(maxLength: 32, nullable: false),
                EntityType = table.Column<string>(maxLength: 128, nullable: false),
                EntityKey = table.Column<string>(maxLength: 64, nullable: false),
                Before = table.Column<string>(nullable: true),
                After = table.Column<string>(nullable: true),
                CreatedAt = table.Column<DateTime>(nullable: false),
                UpdatedAt = table.Column<DateTime>(nullable: false),
                Version = table.Column<long>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_AuditEntries", x => x.Id);
            });

        migrationBuilder.CreateIndex(
            name: "IX_ApiKeys_Hash",
            table: "ApiKeys",
            column: "Hash",
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_ApiKeys_OrganizationId",
            table: "ApiKeys",
            column: "OrganizationId");

        migrationBuilder.CreateIndex(
            name: "IX_ApiKeys_PersonId",
            table: "ApiKeys",
            column: "PersonId");

        migrationBuilder.CreateIndex(
            name: "IX_ApiKeys_Prefix",
            table: "ApiKeys",
            column: "Prefix");

        migrationBuilder.CreateIndex(
            name: "IX_AuditEntries_CreatedAt",
            table: "AuditEntries",
            column: "CreatedAt");

        migrationBuilder.CreateIndex(
            name: "IX_AuditEntries_EntityType_EntityKey",
            table: "AuditEntries",
            columns: ["EntityType", "EntityKey"]);

        migrationBuilder.CreateIndex(
            name: "IX_IdempotencyRecords_Operation_Caller_Key",
            table: "IdempotencyRecords",
            columns: ["Operation", "Caller", "Key"],
            unique: true);
    }
}

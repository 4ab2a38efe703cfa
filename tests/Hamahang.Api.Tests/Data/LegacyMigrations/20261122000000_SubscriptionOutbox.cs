using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hamahang.Api.Tests.Data.LegacyMigrations;

/// <summary>
/// The subscription outbox (<c>modelBuilder.AddGraphQLOutbox()</c>): mutations write their events into it in the
/// same transaction as their change, and every host reads it and delivers the events to its subscribers.
/// Written by hand like the first migration; MigrationModelTests proves it matches the model.
/// </summary>
[DbContext(typeof(LegacySqliteContext))]
[Migration("20261122000000_SubscriptionOutbox")]
public sealed class SubscriptionOutbox : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.CreateTable(
            name: "GraphQLOutbox",
            columns: table => new
            {
                Id = table.Column<long>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("SqlServer:Identity", "1, 1"),
                Topic = table.Column<string>(maxLength: 256, nullable: false),
                Payload = table.Column<string>(nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_GraphQLOutbox", x => x.Id));

        migrationBuilder.CreateIndex(
            name: "IX_GraphQLOutbox_CreatedAt",
            table: "GraphQLOutbox",
            column: "CreatedAt");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.DropTable(name: "GraphQLOutbox");
    }
}

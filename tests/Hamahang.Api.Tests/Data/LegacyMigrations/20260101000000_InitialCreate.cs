using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hamahang.Api.Tests.Data.LegacyMigrations;

/// <summary>
/// The first schema as the host wrote it by hand until 2026-12-02 (before EF's design-time package was
/// in our feed), kept here unchanged so LegacyUpgradeTests can build a database the way those hosts did
/// and prove the generated migrations upgrade it.
/// One file per concern creates its tables and their indexes; Meetings and WorkingGroups refer to
/// each other, so that foreign key is added last.
/// </summary>
[DbContext(typeof(LegacySqliteContext))]
[Migration("20260101000000_InitialCreate")]
public sealed partial class InitialCreate : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);

        CreatePlaces(migrationBuilder);
        CreateMeetings(migrationBuilder);
        CreateDecisions(migrationBuilder);
        CreateInspections(migrationBuilder);
        CreateRecords(migrationBuilder);

        migrationBuilder.AddForeignKey(
            name: "FK_Meetings_WorkingGroups_WorkingGroupId",
            table: "Meetings",
            column: "WorkingGroupId",
            principalTable: "WorkingGroups",
            principalColumn: "Id",
            onDelete: ReferentialAction.Restrict);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);

        // The Meetings/WorkingGroups cycle is broken first. SQLite cannot drop a foreign key by
        // itself (it rebuilds the table, which needs a model this migration does not carry);
        // dropping the tables drops it there.
        if (migrationBuilder.ActiveProvider != "Microsoft.EntityFrameworkCore.Sqlite")
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Meetings_WorkingGroups_WorkingGroupId",
                table: "Meetings");
        }

        migrationBuilder.DropTable(name: "AuditEntries");
        migrationBuilder.DropTable(name: "IdempotencyRecords");
        migrationBuilder.DropTable(name: "ApiKeys");
        migrationBuilder.DropTable(name: "FindingHistory");
        migrationBuilder.DropTable(name: "Findings");
        migrationBuilder.DropTable(name: "InspectionInspectors");
        migrationBuilder.DropTable(name: "Inspections");
        migrationBuilder.DropTable(name: "WorkingGroupMembers");
        migrationBuilder.DropTable(name: "WorkingGroups");
        migrationBuilder.DropTable(name: "DecisionOwners");
        migrationBuilder.DropTable(name: "Decisions");
        migrationBuilder.DropTable(name: "MinutesSections");
        migrationBuilder.DropTable(name: "Minutes");
        migrationBuilder.DropTable(name: "MeetingTags");
        migrationBuilder.DropTable(name: "SiteVisits");
        migrationBuilder.DropTable(name: "MeetingAttendees");
        migrationBuilder.DropTable(name: "AgendaItems");
        migrationBuilder.DropTable(name: "MeetingDistricts");
        migrationBuilder.DropTable(name: "Meetings");
        migrationBuilder.DropTable(name: "Sites");
        migrationBuilder.DropTable(name: "People");
        migrationBuilder.DropTable(name: "Partnerships");
        migrationBuilder.DropTable(name: "Organizations");
        migrationBuilder.DropTable(name: "Districts");
    }
}

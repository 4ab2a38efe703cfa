using Microsoft.Data.Sqlite;

namespace Hamahang.Bench.Scale;

/// <summary>The prepared inserts of <see cref="MeetingLoader"/>, one per table, in the column order it binds.</summary>
internal sealed class Inserts(SqliteConnection connection) : IDisposable
{
    private static readonly string[] Stamps = ["CreatedAt", "UpdatedAt", "Version"];

    public static IReadOnlyList<string> Tables { get; } = ["Meetings", "MeetingDistricts", "MeetingAttendees", "Decisions", "Inspections", "Findings"];

    public Insert Meetings { get; } = new(connection, Tables[0], [
        "Id", "Kind", "Status", "Title", "TitleNormalized", "StartsAt", "StartsAtPrecision", "StartsAtFromPublication", "EndsAt",
        "Venue", "HostOrganizationId", .. Stamps]);

    public Insert MeetingDistricts { get; } = new(connection, Tables[1], ["MeetingId", "DistrictId", .. Stamps]);

    public Insert Attendees { get; } = new(connection, Tables[2], ["MeetingId", "PersonId", "OrganizationId", "Role", .. Stamps]);

    public Insert Decisions { get; } = new(connection, Tables[3], [
        "MeetingId", "Position", "Kind", "Text", "TextNormalized", "DueDate", "Status", .. Stamps]);

    public Insert Inspections { get; } = new(connection, Tables[4], [
        "Id", "DistrictId", "InspectingOrganizationId", "Kind", "PlannedAt", "PlannedAtFromPublication", "PlannedAtPrecision", "CompletedAt",
        "Status", "Title", "TitleNormalized", .. Stamps]);

    public Insert Findings { get; } = new(connection, Tables[5], [
        "InspectionId", "Category", "Channel", "Severity", "Status", "Title", "TitleNormalized", "IsConfidential", "ResponsibleOrganizationId",
        .. Stamps]);

    private IEnumerable<Insert> All => [Meetings, MeetingDistricts, Attendees, Decisions, Inspections, Findings];

    public int Rows => All.Sum(i => i.Rows);

    public void Enlist(SqliteTransaction transaction)
    {
        foreach (var insert in All)
        {
            insert.Enlist(transaction);
        }
    }

    public void Dispose()
    {
        foreach (var insert in All)
        {
            insert.Dispose();
        }
    }
}

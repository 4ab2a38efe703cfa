using Hamahang.Api.Domain;
using Hamahang.Api.Text;
using Microsoft.Data.Sqlite;

namespace Hamahang.Bench.Scale;

/// <summary>
/// Bulk-inserts generated meetings into a migrated, seeded file with prepared ADO.NET <c>INSERT</c>s, one transaction
/// per <see cref="Batch"/> meetings, journal in WAL and <c>synchronous=OFF</c> for the load only (a crash mid-load
/// leaves a file to throw away, nothing else); the loaded tables' indexes are dropped for the load and built again after
/// it, each in one sorted pass. Each meeting: one district (one in ten two), three attendees (two people,
/// one organization), two decisions; every tenth meeting comes with an inspection of one district holding one finding.
/// Values are written as EF Core writes them: enums by name, instants as UTC text, versions from 1, normalised columns
/// by <see cref="PersianText.Normalize"/>. Generated rows have no audit entries (they were not saved by anyone).
/// </summary>
internal static class MeetingLoader
{
    private const int Batch = 100_000;
    private static readonly DateTime First = new(2015, 1, 1, 0, 0, 0, DateTimeKind.Utc);
    private static readonly FindingStatus[] OpenFindings = [FindingStatus.Filed, FindingStatus.UnderReview, FindingStatus.Referred, FindingStatus.Resolved];
    private static readonly DateTime Last = new(2027, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    public static async Task<int> LoadAsync(string connectionString, GenerateOptions options, TextWriter log)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        Execute(connection, "PRAGMA journal_mode=WAL; PRAGMA synchronous=OFF; PRAGMA cache_size=-262144;");
        var known = await KnownRows.ReadAsync(connection);
        var indexes = await LoadedIndexes.DropAsync(connection, Inserts.Tables);
        var random = new Random(options.Seed);
        var now = DateTime.UtcNow;
        using var inserts = new Inserts(connection);
        var meetingId = known.NextMeetingId;
        var inspectionId = known.NextInspectionId;
        for (var start = 0; start < options.Meetings; start += Batch)
        {
            using var transaction = connection.BeginTransaction();
            inserts.Enlist(transaction);
            for (var i = start; i < Math.Min(start + Batch, options.Meetings); i++, meetingId++)
            {
                AddMeeting(inserts, known, random, now, meetingId, i);
                if (i % 10 == 9)
                {
                    AddInspection(inserts, known, random, now, inspectionId++, i);
                }
            }

            transaction.Commit();
            await log.WriteLineAsync($"  {Math.Min(start + Batch, options.Meetings)} meetings");
        }

        await log.WriteLineAsync($"  rebuilding {indexes.Count} indexes");
        await LoadedIndexes.CreateAsync(connection, indexes);
        // The host's own settings from here on: a durable journal again.
        Execute(connection, "PRAGMA wal_checkpoint(TRUNCATE); PRAGMA journal_mode=DELETE; ANALYZE;");
        return inserts.Rows;
    }

    private static void AddMeeting(Inserts inserts, KnownRows known, Random random, DateTime now, int id, int n)
    {
        var district = known.Districts[random.Next(known.Districts.Length)];
        DateTime? startsAt = random.Next(50) == 0 ? null : First.AddMinutes(random.NextInt64((long)(Last - First).TotalMinutes));
        var status = startsAt is null || startsAt > now ? MeetingStatus.Planned : random.Next(10) == 0 ? MeetingStatus.Cancelled : MeetingStatus.Held;
        var title = $"{Pick(random, Samples.MeetingTitles)} {district.Number} شماره {n + 1}";
        inserts.Meetings.Row(id, Pick(random, Of<MeetingKind>.Values).ToString(), status.ToString(), title, PersianText.Normalize(title),
            startsAt, (startsAt is null ? DatePrecision.Unknown : DatePrecision.Time).ToString(), false, startsAt?.AddHours(2),
            Pick(random, Samples.Venues), Pick(random, known.Organizations), now, now, 1L);
        inserts.MeetingDistricts.Row(id, district.Id, now, now, 1L);
        if (random.Next(10) == 0)
        {
            var other = known.Districts[random.Next(known.Districts.Length)];
            if (other.Id != district.Id)
            {
                inserts.MeetingDistricts.Row(id, other.Id, now, now, 1L);
            }
        }

        inserts.Attendees.Row(id, Pick(random, known.People), null, AttendeeRole.Chair.ToString(), now, now, 1L);
        inserts.Attendees.Row(id, Pick(random, known.People), null, AttendeeRole.Participant.ToString(), now, now, 1L);
        inserts.Attendees.Row(id, null, Pick(random, known.Organizations), null, now, now, 1L);
        for (var position = 1; position <= 2; position++)
        {
            var text = Pick(random, Samples.DecisionTexts);
            DateOnly? due = startsAt is { } at && random.Next(3) == 0 ? DateOnly.FromDateTime(at.AddDays(30)) : null;
            inserts.Decisions.Row(id, position, Pick(random, Of<OutcomeKind>.Values).ToString(), text, PersianText.Normalize(text), due,
                Pick(random, Of<DecisionStatus>.Values).ToString(), now, now, 1L);
        }
    }

    private static void AddInspection(Inserts inserts, KnownRows known, Random random, DateTime now, int id, int n)
    {
        var district = known.Districts[random.Next(known.Districts.Length)];
        var plannedAt = First.AddMinutes(random.NextInt64((long)(Last - First).TotalMinutes));
        var status = plannedAt > now ? InspectionStatus.Planned : InspectionStatus.Completed;
        var title = $"{Pick(random, Samples.InspectionTitles)} منطقه {district.Number} شماره {(n / 10) + 1}";
        inserts.Inspections.Row(id, district.Id, Pick(random, known.Organizations), Pick(random, Of<InspectionKind>.Values).ToString(),
            plannedAt, false, DatePrecision.Time.ToString(), status == InspectionStatus.Completed ? plannedAt.AddHours(3) : null,
            status.ToString(), title, PersianText.Normalize(title), now, now, 1L);
        var finding = Pick(random, Samples.FindingTitles);
        inserts.Findings.Row(id, Pick(random, Of<FindingCategory>.Values).ToString(), Pick(random, Of<FindingChannel>.Values).ToString(),
            Pick(random, Of<FindingSeverity>.Values).ToString(), Pick(random, OpenFindings).ToString(), finding, PersianText.Normalize(finding),
            random.Next(10) == 0, Pick(random, known.Organizations), now, now, 1L);
    }

    private static T Pick<T>(Random random, T[] values) => values[random.Next(values.Length)];

    private static class Of<T>
        where T : struct, Enum
    {
        public static readonly T[] Values = Enum.GetValues<T>();
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}

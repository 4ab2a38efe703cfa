using Hamahang.Api.Data;
using Hamahang.Api.Data.Providers;
using Hamahang.Api.Domain;
using Hamahang.Api.GraphQL.Authorization;
using Hamahang.Api.Meetings;
using Hamahang.Api.Tests.Commands;
using Hamahang.Api.Tests.Data.SqlServer;
using Microsoft.EntityFrameworkCore;

namespace Hamahang.Api.Tests.Meetings;

/// <summary>What the publication position is on each provider, and what the minutes pull sends for it.</summary>
public sealed class MinutesPositionModelTests
{
    [Fact]
    public void OnSqlServerThePullReadsOnlyRowversionsBelowAFrontierReadBeforeIt()
    {
        var options = DatabaseProvider.Options(DatabaseOptions.SqlServer, "Server=hamahang-no-such-server;Database=Hamahang");
        using var db = new SqlServerAppDbContext(options, new Caller(), TimeProvider.System);
        var position = db.Model.FindEntityType(typeof(Minutes))!.FindProperty(nameof(Minutes.PublicationPosition))!;
        Assert.Equal("rowversion", position.GetColumnType());
        Assert.False(position.IsConcurrencyToken);

        var sql = MeetingQueries.Pull(db, CommandHarness.CallerOf(CommandHarness.Key(1, ApiKeyRole.Integrator)), frontier: 42)
            .Where(m => m.PublicationPosition > 41).OrderBy(m => m.PublicationPosition).ThenBy(m => m.Id).Take(50).ToQueryString();

        // The frontier is a value read before the page, in a statement of its own, not a function inside the page's
        // statement: under READ_COMMITTED_SNAPSHOT the page's snapshot must begin after every position below it committed.
        Assert.Matches(@"\[m\]\.\[PublicationPosition\] < @\w+", sql);
        Assert.Contains("0x000000000000002A", sql, StringComparison.Ordinal);
        Assert.DoesNotContain("MIN_ACTIVE_ROWVERSION", sql, StringComparison.Ordinal);
        SqlServerScriptTests.Parse(sql, out var errors);
        Assert.Empty(errors);
        SqlServerScriptTests.Parse(MinutesPositions.FrontierSql, out var frontierErrors);
        Assert.Empty(frontierErrors);
        Assert.Contains("MIN_ACTIVE_ROWVERSION()", MinutesPositions.FrontierSql, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OnSqliteEveryCommittedPositionIsBelowTheFrontier()
    {
        using var database = new TempDatabase(DatabaseOptions.Sqlite);
        using var db = database.CreateContext();
        var position = db.Model.FindEntityType(typeof(Minutes))!.FindProperty(nameof(Minutes.PublicationPosition))!;
        Assert.Equal("INTEGER", position.GetColumnType());

        Assert.Equal(long.MaxValue, await MinutesPositions.FrontierAsync(db, CancellationToken.None));
    }

    [Fact]
    public async Task PublishedMinutesSavedBeforePositionsExistedGetThemInPublicationOrderOnStart()
    {
        using var database = new TempDatabase(DatabaseOptions.Sqlite);
        await using var db = database.CreateContext();
        await db.Database.MigrateAsync();
        var meeting = new Meeting { Title = "جلسه قدیمی", Kind = MeetingKind.Coordination };
        db.Meetings.Add(meeting);
        var (later, earlier) = (new DateTime(2024, 5, 2, 0, 0, 0, DateTimeKind.Utc), new DateTime(2024, 5, 1, 0, 0, 0, DateTimeKind.Utc));
        db.Minutes.AddRange(
            new Minutes { Meeting = meeting, Revision = 1, Status = MinutesStatus.Published, PublishedAt = later },
            new Minutes { Meeting = meeting, Revision = 2, Status = MinutesStatus.Published, PublishedAt = earlier },
            new Minutes { Meeting = meeting, Revision = 3, Status = MinutesStatus.Draft });
        await db.SaveChangesAsync();
        // As a database of an earlier version has them: no positions.
        await db.Minutes.ExecuteUpdateAsync(s => s.SetProperty(m => m.PublicationPosition, (long?)null));

        await MinutesPositions.BackfillAsync(db, CancellationToken.None);
        await MinutesPositions.BackfillAsync(db, CancellationToken.None);

        var positions = await db.Minutes.AsNoTracking().OrderBy(m => m.Revision).Select(m => m.PublicationPosition).ToListAsync();
        Assert.Equal([2L, 1L, null], positions);
    }
}

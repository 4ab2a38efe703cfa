using System.Net;
using Hamahang.Api.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hamahang.Api.Tests;

public sealed class HealthTests(HostFactory factory) : IClassFixture<HostFactory>
{
    [Fact]
    public async Task HealthzAnswersOkWhenTheDatabaseIsReachable()
    {
        using var client = factory.CreateClient();
        using var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"ok\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFreshHostMigratesAndSeedsItsDatabase()
    {
        using var client = factory.CreateClient();
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        Assert.Equal(22, await db.Districts.CountAsync());
        Assert.Equal(6, await db.Meetings.CountAsync());
        Assert.Equal(4, await db.WorkingGroups.CountAsync(g => g.FormedByDecision!.Meeting!.Title.Contains("استان معین")));
        Assert.Equal(4, await db.Sites.CountAsync());
        Assert.Equal(2, await db.Inspections.CountAsync());
        Assert.Equal(4, await db.Findings.CountAsync());
        Assert.Equal(9, await db.People.CountAsync());
        Assert.Contains("مرکز ارتباطات و امور بین‌الملل شهرداری تهران", await db.Organizations.Select(o => o.Name).ToListAsync());
        Assert.Single(await db.ApiKeys.Where(k => k.Role == Domain.ApiKeyRole.Admin).ToListAsync());
        Assert.Equal(
            factory.Database.Provider == DatabaseOptions.Sqlite
                ? Path.GetFullPath(factory.Database.Path)
                : new Microsoft.Data.SqlClient.SqlConnectionStringBuilder(factory.Database.ConnectionString).InitialCatalog,
            factory.Database.Provider == DatabaseOptions.Sqlite ? Path.GetFullPath(db.Database.GetDbConnection().DataSource) : db.Database.GetDbConnection()
                .Database);
    }

    [Fact]
    public async Task TheAdminPageIsServedAtTheRoot()
    {
        using var client = factory.CreateClient();
        using var response = await client.GetAsync(new Uri("/", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("dir=\"rtl\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}

public sealed class UnreachableDatabaseTests(UnreachableDatabaseFactory factory) : IClassFixture<UnreachableDatabaseFactory>
{
    [Fact]
    public async Task HealthzAnswersServiceUnavailableWhenTheDatabaseIsNotReachable()
    {
        using var client = factory.CreateClient();
        using var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
    }
}

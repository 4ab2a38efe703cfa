using System.Text.Json;
using Hamahang.Api.Domain;
using Hamahang.Api.Tests.GraphQL;

namespace Hamahang.Api.Tests.Reliability;

/// <summary>Keyset paging on a sort value reached through a reference that may be missing (so the value is null).</summary>
public sealed class KeysetNullTests(HostFactory factory) : IClassFixture<HostFactory>
{
    [Theory]
    [InlineData("organizations", "[{ parent: { version: ASC } }, { id: ASC }]")]
    [InlineData("organizations", "[{ parent: { version: DESC } }, { id: DESC }]")]
    [InlineData("inspections", "[{ id: ASC }, { inspectedSite: { version: DESC } }]")]
    [InlineData("inspections", "[{ inspectedSite: { version: ASC } }, { id: DESC }]")]
    public async Task PagingAfterToTheEndAndBeforeBackFindsEveryRowOnce(string connection, string order)
    {
        var key = await factory.CreateKeyAsync(ApiKeyRole.Admin);
        var all = await PageAsync(key, $"{{ {connection}(first: 50, order: {order}) {{ nodes {{ id }} }} }}", connection);
        Assert.NotEmpty(all);

        var forward = new List<string>();
        string? cursor = null;
        while (true)
        {
            var after = cursor is null ? string.Empty : $", after: \"{cursor}\"";
            var page =
                await factory.PostAsync(
                    $"{{ {connection}(first: 2{after}, order: {order}) {{ edges {{ cursor node {{ id }} }} pageInfo {{ hasNextPage }} }} }}", key);
            Assert.False(page.HasErrors, page.ToString());
            var edges = page.At($"{connection}.edges").EnumerateArray().ToList();
            forward.AddRange(edges.Select(e => e.GetProperty("node").GetProperty("id").GetString()!));
            if (!page.At($"{connection}.pageInfo.hasNextPage").GetBoolean())
            {
                cursor = edges.Count > 0 ? edges[^1].GetProperty("cursor").GetString() : cursor;
                break;
            }

            cursor = edges[^1].GetProperty("cursor").GetString();
        }

        Assert.Equal(all, forward);

        var backward = new List<string>();
        string? before = null;
        while (true)
        {
            var bound = before is null ? string.Empty : $", before: \"{before}\"";
            var page =
                await factory.PostAsync(
                    $"{{ {connection}(last: 2{bound}, order: {order}) {{ edges {{ cursor node {{ id }} }} pageInfo {{ hasPreviousPage }} }} }}", key);
            Assert.False(page.HasErrors, page.ToString());
            var edges = page.At($"{connection}.edges").EnumerateArray().ToList();
            backward.InsertRange(0, edges.Select(e => e.GetProperty("node").GetProperty("id").GetString()!));
            if (!page.At($"{connection}.pageInfo.hasPreviousPage").GetBoolean())
            {
                break;
            }

            before = edges[0].GetProperty("cursor").GetString();
        }

        Assert.Equal(all, backward);
    }

    [Fact]
    public async Task BeforeTheFirstRowIsEmpty()
    {
        var key = await factory.CreateKeyAsync(ApiKeyRole.Admin);
        const string Order = "[{ id: ASC }, { inspectedSite: { version: DESC } }]";
        var first = await factory.PostAsync($"{{ inspections(first: 1, order: {Order}) {{ edges {{ cursor }} }} }}", key);
        var cursor = first.At("inspections.edges")[0].GetProperty("cursor").GetString();

        var before = await factory.PostAsync($"{{ inspections(last: 2, before: \"{cursor}\", order: {Order}) {{ nodes {{ id }} }} }}", key);

        Assert.False(before.HasErrors, before.ToString());
        Assert.Equal(0, before.At("inspections.nodes").GetArrayLength());
    }

    private async Task<List<string>> PageAsync(string key, string query, string connection)
    {
        var response = await factory.PostAsync(query, key);
        Assert.False(response.HasErrors, response.ToString());
        return [.. response.At($"{connection}.nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()!)];
    }
}

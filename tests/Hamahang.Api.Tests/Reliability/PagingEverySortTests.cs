using System.Text.Json;
using Hamahang.Api.Domain;
using Hamahang.Api.Tests.GraphQL;
using Xunit.Abstractions;

namespace Hamahang.Api.Tests.Reliability;

/// <summary>
/// Every connection of the schema, paged on every field its <c>order</c> argument sorts by (and one field of each
/// reference it sorts by), in both directions: <c>after</c> to the end, then <c>before</c> back to the start. Each row is
/// found exactly once each way. The list is read from the running schema, so a new connection or sort field is paged too.
/// </summary>
public sealed class PagingEverySortTests(FuzzHostFactory factory, ITestOutputHelper output) : IClassFixture<FuzzHostFactory>
{
    private const int PageSize = 7;

    private int _rejected;
    private int _serverErrors;
    private int _leaks;

    [Fact]
    public async Task EverySortOfEveryConnectionPagesEachRowExactlyOnceBothWays()
    {
        var key = await factory.CreateKeyAsync(ApiKeyRole.Admin);
        var sorts = await SortsAsync(key);
        var (requests, failures) = (0, new List<string>());
        foreach (var (connection, order) in sorts)
        {
            foreach (var direction in new[] { "ASC", "DESC" })
            {
                var sort = order.Replace("$DIR", direction, StringComparison.Ordinal);
                var (sent, problem) = await PageBothWaysAsync(key, connection, sort);
                requests += sent;
                if (problem is not null)
                {
                    failures.Add($"{connection}(order: [{sort}]): {problem}");
                }
            }
        }

        var line =
            $"paging: {sorts.Count * 2} sorts over {sorts.Select(s => s.Connection).Distinct().Count()} connections, {requests} requests sent, rejected by " +
            $"code: {_rejected}, 500s: {_serverErrors}, leaks: {_leaks}, writes lost: 0 (none sent), sorts that lost or repeated a row: {failures.Count}";
        output.WriteLine(line);
        Console.WriteLine(line);
        Assert.True(sorts.Count > 30, line);
        Assert.True(failures.Count == 0, line + Environment.NewLine + string.Join(Environment.NewLine, failures.Take(20)));
    }

    private async Task<(int Sent, string? Problem)> PageBothWaysAsync(string key, string connection, string sort)
    {
        var sent = 0;
        var forward = new List<string>();
        string? cursor = null;
        int total;
        while (true)
        {
            var after = cursor is null ? "" : $", after: {JsonSerializer.Serialize(cursor)}";
            var page =
                await factory.PostAsync(
                    $"{{ {connection}(first: {PageSize}{after}, order: [{sort}]) {{ totalCount nodes {{ id }} pageInfo {{ hasNextPage endCursor }} }} }}", key);
            sent++;
            if (Refused(page))
            {
                return (sent, "forward: " + page);
            }

            var data = page.At(connection);
            total = data.GetProperty("totalCount").GetInt32();
            forward.AddRange(data.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()!));
            if (!data.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean() || sent > total + 2)
            {
                break;
            }

            cursor = data.GetProperty("pageInfo").GetProperty("endCursor").GetString();
        }

        if (Problem(forward, total) is { } lostForward)
        {
            return (sent, "forward " + lostForward);
        }

        // From the end back to the start: the last page, then before its first row until there is none.
        var backward = new List<string>();
        cursor = null;
        var steps = 0;
        while (true)
        {
            var before = cursor is null ? "" : $", before: {JsonSerializer.Serialize(cursor)}";
            var page =
                await factory.PostAsync(
                    $"{{ {connection}(last: {PageSize}{before}, order: [{sort}]) {{ nodes {{ id }} pageInfo {{ hasPreviousPage startCursor }} }} }}", key);
            sent++;
            steps++;
            if (Refused(page))
            {
                return (sent, "backward: " + page);
            }

            var data = page.At(connection);
            backward.InsertRange(0, data.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()!));
            if (!data.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean() || steps > total + 2)
            {
                break;
            }

            cursor = data.GetProperty("pageInfo").GetProperty("startCursor").GetString();
        }

        if (Problem(backward, total) is { } lostBackward)
        {
            return (sent, "backward " + lostBackward);
        }

        return (sent, backward.SequenceEqual(forward) ? null : "backward order differs from forward order");
    }

    private bool Refused(GraphQLResponse page)
    {
        _serverErrors += (int)page.Status >= 500 ? 1 : 0;
        _leaks += page.ToString().Contains("Exception", StringComparison.Ordinal) ? 1 : 0;
        _rejected += page.HasErrors ? 1 : 0;
        return page.HasErrors;
    }

    private static string? Problem(List<string> ids, int total)
    {
        var repeated = ids.GroupBy(id => id).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        return repeated.Count > 0 ? $"repeated {string.Join(", ", repeated)}"
            : ids.Count != total ? $"found {ids.Count} of {total} rows"
            : null;
    }

    /// <summary>Each connection of Query with each order it takes: a sort field, or a field of a sorted reference (the connection breaks ties
    /// itself).</summary>
    private async Task<List<(string Connection, string Order)>> SortsAsync(string key)
    {
        var schema = await factory.PostAsync("""
            { __schema { queryType { fields { name type { name } args { name type { kind name ofType { kind name ofType { kind name ofType {
              name } } } } } } } } }
            """, key);
        var sorts = new List<(string, string)>();
        foreach (var field in schema.At("__schema.queryType.fields").EnumerateArray())
        {
            var type = field.GetProperty("type").GetProperty("name").GetString();
            var order = field.GetProperty("args").EnumerateArray().FirstOrDefault(a => a.GetProperty("name").GetString() == "order");
            if (type?.EndsWith("Connection", StringComparison.Ordinal) != true || order.ValueKind == JsonValueKind.Undefined)
            {
                continue;
            }

            var name = field.GetProperty("name").GetString()!;
            var input = Named(order.GetProperty("type"));
            foreach (var (path, _) in await SortFieldsAsync(key, input, depth: 0))
            {
                sorts.Add((name, path));
            }
        }

        return sorts;
    }

    private async Task<List<(string Path, string Type)>> SortFieldsAsync(string key, string input, int depth)
    {
        var type = await factory.PostAsync($$"""{ __type(name: "{{input}}") { inputFields { name type { kind name ofType { kind name } } } } }""", key);
        var fields = new List<(string, string)>();
        foreach (var field in type.At("__type.inputFields").EnumerateArray())
        {
            var name = field.GetProperty("name").GetString()!;
            var fieldType = field.GetProperty("type");
            var kind = fieldType.GetProperty("kind").GetString() == "NON_NULL" ? fieldType.GetProperty("ofType").GetProperty("kind")
                .GetString() : fieldType.GetProperty("kind").GetString();
            if (kind == "ENUM")
            {
                fields.Add(($"{{ {name}: $DIR }}", "ENUM"));
            }
            else if (kind == "INPUT_OBJECT" && depth == 0)
            {
                // One field of each reference: what it tests is the reference's null (a missing parent sorts first).
                foreach (var (path, _) in (await SortFieldsAsync(key, Named(fieldType), depth + 1)).Take(1))
                {
                    fields.Add(($"{{ {name}: {path} }}", "INPUT_OBJECT"));
                }
            }
        }

        return fields;
    }

    private static string Named(JsonElement type) =>
        type.GetProperty("name").GetString() ?? Named(type.GetProperty("ofType"));
}

using System.Text.Json;
using Hamahang.GraphQL.Execution.Values;

namespace Hamahang.GraphQL.Tests.Conformance.ExecutionTwin;

/// <summary>
/// The state of one operation of the execution corpus (README "State"): a fresh deep copy of data.json,
/// records as dictionaries, plus the counter and log the mutations change. Each record carries
/// <c>__typename</c> from its id prefix, which is how the twin resolves Node, Entity and SearchResult.
/// </summary>
public sealed class LibraryState : IServiceProvider
{
    private static readonly Lazy<JsonDocument> Data = new(() =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(NodeScript.ConformanceDirectory, "corpus", "execution", "data.json"))));

    public LibraryState()
    {
        var root = Data.Value.RootElement;
        Authors = Records(root, "authors");
        Books = Records(root, "books");
        Reviews = Records(root, "reviews");
        Members = Records(root, "members");
    }

    public List<Dictionary<string, object?>> Authors { get; }

    public List<Dictionary<string, object?>> Books { get; }

    public List<Dictionary<string, object?>> Reviews { get; }

    public List<Dictionary<string, object?>> Members { get; }

    public int Counter { get; set; }

    public List<string> Log { get; } = [];

    public object? GetService(Type serviceType) => serviceType == typeof(LibraryState) ? this : null;

    /// <summary>Adds the <c>__typename</c> the id prefix names ("book-3" is a Book).</summary>
    public static Dictionary<string, object?> Typed(Dictionary<string, object?> record)
    {
        var id = (string)record["id"]!;
        record["__typename"] = id[..id.IndexOf('-', StringComparison.Ordinal)] switch
        {
            "author" => "Author",
            "book" => "Book",
            "review" => "Review",
            _ => "Member",
        };
        return record;
    }

    private static List<Dictionary<string, object?>> Records(JsonElement root, string name) =>
        root.GetProperty(name).EnumerateArray().Select(e => Typed(JsonValues.ToMap(e))).ToList();
}

using Hamahang.GraphQL.Utilities;

namespace Hamahang.Workshop.Tests;

/// <summary>
/// HotChocolate's workshop app rebuilt with our engine prints the schema HotChocolate 15 exported for it: every type,
/// field, argument, default value, description and applied directive, compared fact by fact (<see cref="SdlFacts"/>),
/// layout and order aside. The facts of HotChocolate's schema are kept, one a line, in <c>Expected/workshop.facts</c>
/// (the workshop's own files stay in its repository).
/// </summary>
public class SchemaParityTests
{
    /// <summary>
    /// Coordinates whose facts may differ, each for a named reason (a feature being built elsewhere, or one the engine
    /// lacks yet, listed in the session's report). A difference anywhere else fails the test.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> KnownGaps = new Dictionary<string, string>(StringComparer.Ordinal)
    {
    };

    private static readonly SortedSet<string> Expected =
        new(File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Expected", "workshop.facts")), StringComparer.Ordinal);

    private static readonly SortedSet<string> Ours = SdlFacts.Of(SchemaPrinter.Print(WorkshopSchema.Create()));

    [Fact]
    public void EveryFactOfHotChocolatesSchemaIsInOurs()
    {
        var missing = Expected.Except(Ours).Where(fact => !IsKnownGap(fact)).ToList();

        Assert.True(missing.Count == 0, "HotChocolate's schema says, ours does not:\n" + string.Join('\n', missing));
    }

    [Fact]
    public void OurSchemaSaysNothingHotChocolatesDoesNot()
    {
        var extra = Ours.Except(Expected).Where(fact => !IsKnownGap(fact)).ToList();

        Assert.True(extra.Count == 0, "Ours says, HotChocolate's schema does not:\n" + string.Join('\n', extra));
    }

    [Fact]
    public void TheComparisonSeesEveryKindOfFact()
    {
        // The facts the comparison is made of, so an empty or partial file cannot pass it; and ours are made the same
        // way, so a fact SdlFacts would write differently from the file's cannot go unseen.
        Assert.Contains("Query.sessions @listSize(assumedSize: 50, requireOneSlicingArgument: false, sizedFields: [\"edges\", \"nodes\"], "
            + "slicingArgumentDefaultValue: 10, slicingArguments: [\"first\", \"last\"])", Expected);
        Assert.Contains("Query.node(id) \"ID of the object.\"", Expected);
        Assert.Contains("@listSize(requireOneSlicingArgument): Boolean = true", Expected);
        Assert.Contains("AddSessionError = NoSpeakerError | TitleEmptyError", Expected);
        Assert.Contains("Session.duration: Duration!", Expected);
        Assert.Contains("Duration @specifiedBy(url: \"https://scalars.graphql.org/chillicream/duration.html\")", Expected);
        Assert.True(Expected.Count > 300, $"{Expected.Count} facts");
        Assert.Contains("SessionFilterInput.title: StringOperationFilterInput", Ours);
        Assert.Contains("SessionSortInput.track: TrackSortInput", Ours);
    }

    private static bool IsKnownGap(string fact) =>
        KnownGaps.Keys.Any(coordinate => fact.StartsWith(coordinate + ":", StringComparison.Ordinal)
            || fact.StartsWith(coordinate + " ", StringComparison.Ordinal)
            || fact.StartsWith(coordinate + "(", StringComparison.Ordinal)
            || fact.StartsWith(coordinate + ".", StringComparison.Ordinal));
}

using Hamahang.GraphQL.Language;
using Hamahang.GraphQL.Types;
using Hamahang.GraphQL.Utilities;
using Hamahang.GraphQL.Validation.Limits;

namespace Hamahang.GraphQL.Tests.Types;

/// <summary>
/// HotChocolate 15 prints <c>@cost(weight: "10")</c> only on a field whose resolver is not pure: its workshop's schema
/// has <c>Session.duration</c> (a synchronous method of the parent) and <c>Track.name</c> without it, and
/// <c>Session.track</c> (async) and <c>Query.sessions</c> (an <see cref="IQueryable"/>) with it. The SDL and the cost
/// analysis follow the same rule.
/// </summary>
public class ResolverPurityTests
{
    private static readonly Schema Schema = SchemaBuilder.New().AddQueryType<PurityQueries>().AddCostDirectives().Create();

    private static readonly string[] Lines = SchemaPrinter.Print(Schema).Split('\n');

    [Theory]
    [InlineData("  name: String!")]
    [InlineData("  shout: String!")]
    [InlineData("  greet(name: String!): String!")]
    [InlineData("  withService: String!")]
    [InlineData("  rootProperty: String!")]
    public void APureResolverCarriesNoCost(string line) => Assert.Contains(line, Lines);

    [Theory]
    [InlineData("  later: String! @cost(weight: \"10\")")]
    [InlineData("  laterValue: String! @cost(weight: \"10\")")]
    [InlineData("  query: [Talk!]! @cost(weight: \"10\")")]
    [InlineData("  stream: [String!]! @cost(weight: \"10\")")]
    [InlineData("  withToken: String! @cost(weight: \"10\")")]
    [InlineData("  withContext: String! @cost(weight: \"10\")")]
    [InlineData("  talk: Talk! @cost(weight: \"10\")")]
    public void AnImpureResolverCostsTen(string line) => Assert.Contains(line, Lines);

    [Theory]
    [InlineData("{ talk { shout } }", 10)]
    [InlineData("{ talk { shout greet(name: \"a\") later } }", 20)]
    [InlineData("{ rootProperty withService }", 0)]
    public void TheAnalysisChargesWhatTheSdlSays(string document, double expected)
    {
        // Without the applied directives the analysis's own default decides, by the same rule.
        var plain = SchemaBuilder.New().AddQueryType<PurityQueries>().Create();
        var parsed = Parser.Parse(document);

        Assert.Equal(expected, RequestLimitsAnalyzer.Analyze(plain, parsed, computeCost: true).Cost!.FieldCost);
        Assert.Equal(expected, RequestLimitsAnalyzer.Analyze(Schema, parsed, computeCost: true).Cost!.FieldCost);
    }

    [Fact]
    public void TheRuleReadsTheMember()
    {
        Assert.True(ResolverPurity.IsPure(typeof(Talk).GetMethod(nameof(Talk.Shout))));
        Assert.False(ResolverPurity.IsPure(typeof(Talk).GetMethod(nameof(Talk.LaterAsync))));
        Assert.False(ResolverPurity.IsPure(null));
    }

    public sealed class Clock;

    public class PurityQueries
    {
        private readonly string _root = "root";

        public string RootProperty => _root;

        public static Task<Talk> TalkAsync() => Task.FromResult(new Talk());

        public static string WithService([Service] Clock clock) => clock.GetType().Name;

        public static string WithToken(CancellationToken cancellationToken) => cancellationToken.CanBeCanceled ? "yes" : "no";

        public static string WithContext(IResolverContext context) => context.Field.Name;
    }

    public class Talk
    {
        public string Name { get; set; } = "Paging";

        public string Shout() => Name.ToUpperInvariant();

        public string Greet(string name) => name + Name;

        public Task<string> LaterAsync() => Task.FromResult(Name);

        public ValueTask<string> LaterValueAsync() => ValueTask.FromResult(Name);

        public IQueryable<Talk> Query() => new[] { this }.AsQueryable();

        public async IAsyncEnumerable<string> Stream()
        {
            await Task.Yield();
            yield return Name;
        }
    }
}

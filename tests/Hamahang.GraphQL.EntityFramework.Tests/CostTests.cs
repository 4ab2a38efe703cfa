using System.Text;
using Hamahang.GraphQL.Language;
using Hamahang.GraphQL.Types;
using Hamahang.GraphQL.Validation.Limits;
using Snapshooter.Xunit;

namespace Hamahang.GraphQL.EntityFramework.Tests;

public class CostTests
{
    [Fact]
    public void TheConventionsAttachHotChocolatesCostDirectives()
    {
        var lines = new StringBuilder();
        foreach (var type in TestSchema.Schema.Types)
        {
            var members = type switch
            {
                ComplexType complex => complex.Fields.SelectMany(f => f.Arguments
                    .Select(a => ($"{type.Name}.{f.Name}({a.Name}:)", (TypeSystemMember)a))
                    .Prepend(($"{type.Name}.{f.Name}", f))),
                InputObjectType input => input.Fields.Select(f => ($"{type.Name}.{f.Name}", (TypeSystemMember)f)),
                _ => [],
            };
            foreach (var (coordinate, member) in members)
            {
                foreach (var directive in member.AppliedDirectives)
                {
                    var arguments = string.Join(", ", directive.Arguments.Select(a => $"{a.Key}: {Format(a.Value)}"));
                    lines.Append(coordinate).Append(" @").Append(directive.Name).Append('(').Append(arguments).Append(")\n");
                }
            }
        }

        Snapshot.Match(lines.ToString());
    }

    [Fact]
    public void FilteringAndStringMatchingArePriced()
    {
        var plain = Cost("{ products(first: 10) { nodes { name } } }");
        var filtered = Cost("{ products(first: 10, where: { note: { contains: \"x\" } }) { nodes { name } } }");
        var equal = Cost("{ products(first: 10, where: { quantity: { eq: 1 } }) { nodes { name } } }");

        // where: 10, contains: 20 (eq: 10), plus what the analysis adds for the input values themselves.
        Assert.InRange(filtered - plain, 30, 32);
        Assert.Equal(10, filtered - equal);
    }

    [Fact]
    public void APageIsPricedByItsSize()
    {
        var small = Cost("{ products(first: 5) { nodes { category { name } } } }");
        var large = Cost("{ products(first: 50) { nodes { category { name } } } }");
        var unsized = Cost("{ products { nodes { category { name } } } }");

        Assert.True(large > small, $"{large} > {small}");
        Assert.Equal(Cost("{ products(first: 10) { nodes { category { name } } } }"), unsized);
    }

    private static double Cost(string document) =>
        RequestLimitsAnalyzer.Analyze(TestSchema.Schema, Parser.Parse(document), computeCost: true).Cost!.FieldCost;

    private static string Format(object? value) => value switch
    {
        string s => $"\"{s}\"",
        bool b => b ? "true" : "false",
        IEnumerable<string> list => "[" + string.Join(", ", list.Select(s => $"\"{s}\"")) + "]",
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "null",
    };
}

using System.Diagnostics;
using Hamahang.GraphQL.Validation.Rules;

namespace Hamahang.GraphQL.Tests.Validation.Rules;

public class OverlappingFieldsCanBeMergedRuleTests : ValidationHarness<OverlappingFieldsCanBeMergedRule>
{
    [Fact]
    public void IdenticalFieldsAndDifferentParentObjectsMerge() =>
        ExpectValid("{ dog { name name } pet { ... on Dog { n: nickname } ... on Cat { n: name } } }");

    [Fact]
    public void AnAliasOverTwoDifferentFieldsConflicts() =>
        ExpectError(
            "{ dog { x: name x: barks } }",
            "Fields \"x\" conflict because \"name\" and \"barks\" are different fields. " +
                "Use different aliases on the fields to fetch both if this was intentional.",
            (1, 9),
            (1, 17));

    [Fact]
    public void DifferentArgumentsConflict() =>
        ExpectErrors(
            "{ dog { doesKnowCommand(dogCommand: SIT) doesKnowCommand(dogCommand: HEEL) } }",
            "Fields \"doesKnowCommand\" conflict because they have differing arguments. " +
                "Use different aliases on the fields to fetch both if this was intentional.");

    [Fact]
    public void ConflictsDeepInsideFragmentsAreFound() =>
        ExpectErrors(
            "{ dog { owner { ...A ...B } } } fragment A on Human { x: name } fragment B on Human { x: iq }",
            "Fields \"x\" conflict because \"name\" and \"iq\" are different fields. " +
                "Use different aliases on the fields to fetch both if this was intentional.");

    [Fact]
    public void AFanOutOfFragmentsStaysFast()
    {
        var fragments = string.Join("\n", Enumerable.Range(0, 50).Select(i => $"fragment F{i} on Dog {{ ...F{i + 1} ...F{i + 1} }}"));
        var document = "{ dog { ...F0 } }\n" + fragments + "\nfragment F50 on Dog { name }";
        var clock = Stopwatch.StartNew();
        ExpectValid(document);
        Assert.True(clock.ElapsedMilliseconds < 2000, $"took {clock.ElapsedMilliseconds} ms");
    }

    [Fact]
    public void TwoThousandRepeatedFieldsStopAtTheComparisonBudget()
    {
        var document = "{ dog { " + string.Concat(Enumerable.Repeat("name ", 2000)) + "} }";
        Assert.Equal("Validation aborted.", Assert.Single(Validate(document)).Message);
    }
}

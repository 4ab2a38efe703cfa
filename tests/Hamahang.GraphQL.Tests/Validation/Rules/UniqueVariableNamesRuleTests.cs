using Hamahang.GraphQL.Validation.Rules;

namespace Hamahang.GraphQL.Tests.Validation.Rules;

public class UniqueVariableNamesRuleTests : ValidationHarness<UniqueVariableNamesRule>
{
    [Fact]
    public void DistinctVariablesAreValid() => ExpectValid("query ($a: Int, $b: Int) { dog { name } }");

    [Fact]
    public void AVariableDeclaredThreeTimesIsReportedOnce() =>
        ExpectError("query ($a: Int, $a: Int, $a: String) { dog { name } }", "There can be only one variable named \"$a\".", (1, 9), (1, 18), (1, 27));
}

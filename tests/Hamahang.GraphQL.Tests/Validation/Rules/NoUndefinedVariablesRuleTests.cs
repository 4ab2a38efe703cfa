using Hamahang.GraphQL.Validation.Rules;

namespace Hamahang.GraphQL.Tests.Validation.Rules;

public class NoUndefinedVariablesRuleTests : ValidationHarness<NoUndefinedVariablesRule>
{
    [Fact]
    public void VariablesDefinedByTheOperationAreValidInItsFragments() =>
        ExpectValid("query Q($s: Boolean) { dog { ...F } } fragment F on Dog { name(surname: $s) }");

    [Fact]
    public void AVariableUsedInAFragmentButNotDefinedIsInvalid() =>
        ExpectError(
            "query Q { dog { ...F } } fragment F on Dog { name(surname: $s) }",
            "Variable \"$s\" is not defined by operation \"Q\".",
            (1, 60),
            (1, 1));
}

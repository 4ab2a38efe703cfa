using Hamahang.GraphQL.Validation.Rules;

namespace Hamahang.GraphQL.Tests.Validation.Rules;

public class NoUnusedVariablesRuleTests : ValidationHarness<NoUnusedVariablesRule>
{
    [Fact]
    public void VariablesUsedInSpreadFragmentsAreValid() =>
        ExpectValid("query Q($s: Boolean) { dog { ...F } } fragment F on Dog { name(surname: $s) }");

    [Fact]
    public void AnUnusedVariableIsInvalid() =>
        ExpectErrors("query ($a: Int, $b: Int) { complicatedArgs { intArgField(intArg: $a) } }", "Variable \"$b\" is never used.");
}

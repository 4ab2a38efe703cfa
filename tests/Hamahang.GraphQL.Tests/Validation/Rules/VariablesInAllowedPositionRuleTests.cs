using Hamahang.GraphQL.Validation.Rules;

namespace Hamahang.GraphQL.Tests.Validation.Rules;

public class VariablesInAllowedPositionRuleTests : ValidationHarness<VariablesInAllowedPositionRule>
{
    [Fact]
    public void ANonNullVariableFitsANullablePosition() =>
        ExpectValid("query ($i: Int!, $b: Boolean = true) { complicatedArgs { intArgField(intArg: $i) } dog @include(if: $b) { name } }");

    [Fact]
    public void ANullableVariableDoesNotFitANonNullPosition() =>
        ExpectError(
            "query ($i: Int) { complicatedArgs { nonNullIntArgField(nonNullIntArg: $i) } }",
            "Variable \"$i\" of type \"Int\" used in position expecting type \"Int!\".",
            (1, 8),
            (1, 71));

    [Fact]
    public void AOneOfFieldTakesOnlyNonNullVariables() =>
        ExpectErrors(
            "query ($a: String) { complicatedArgs { oneOfArgField(oneOfArg: { a: $a }) } }",
            "Variable \"$a\" is of type \"String\" but must be non-nullable to be used for OneOf Input Object \"OneOfInput\".");
}

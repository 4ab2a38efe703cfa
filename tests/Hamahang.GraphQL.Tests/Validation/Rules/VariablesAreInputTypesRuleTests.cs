using Hamahang.GraphQL.Validation.Rules;

namespace Hamahang.GraphQL.Tests.Validation.Rules;

public class VariablesAreInputTypesRuleTests : ValidationHarness<VariablesAreInputTypesRule>
{
    [Fact]
    public void InputTypesAreValid() => ExpectValid("query ($a: String, $b: [Boolean!]!, $c: ComplexInput) { dog { name } }");

    [Fact]
    public void OutputTypesAreInvalid() =>
        ExpectErrors(
            "query ($a: Dog, $b: [[CatOrDog!]]!) { dog { name } }",
            "Variable \"$a\" cannot be non-input type \"Dog\".",
            "Variable \"$b\" cannot be non-input type \"[[CatOrDog!]]!\".");
}

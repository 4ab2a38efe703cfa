using Hamahang.GraphQL.Validation.Rules;

namespace Hamahang.GraphQL.Tests.Validation.Rules;

public class UniqueInputFieldNamesRuleTests : ValidationHarness<UniqueInputFieldNamesRule>
{
    [Fact]
    public void TheSameNameInNestedObjectsIsValid() => ExpectValid("{ f(a: { x: 1, y: { x: 2 } }) }");

    [Fact]
    public void AFieldGivenTwiceIsInvalid() =>
        ExpectError("{ f(a: { x: 1, x: 2 }) }", "There can be only one input field named \"x\".", (1, 10), (1, 16));
}

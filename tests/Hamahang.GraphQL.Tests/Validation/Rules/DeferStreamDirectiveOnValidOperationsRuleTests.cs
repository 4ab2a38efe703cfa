using Hamahang.GraphQL.Validation.Rules;

namespace Hamahang.GraphQL.Tests.Validation.Rules;

public class DeferStreamDirectiveOnValidOperationsRuleTests : ValidationHarness<DeferStreamDirectiveOnValidOperationsRule>
{
    [Fact]
    public void DeferThatCanBeTurnedOffIsValidInASubscription() =>
        ExpectValid("subscription ($d: Boolean!) { newDog { ... @defer(if: $d) { name } ... @defer(if: false) { barks } } }");

    [Fact]
    public void UnconditionalDeferInASubscriptionIsInvalid() =>
        ExpectErrors(
            "subscription { newDog { ... @defer { name } } }",
            "Defer directive not supported on subscription operations. Disable `@defer` by setting the `if` argument to `false`.");
}

using Hamahang.GraphQL.Validation.Rules;

namespace Hamahang.GraphQL.Tests.Validation.Rules;

public class SingleFieldSubscriptionsRuleTests : ValidationHarness<SingleFieldSubscriptionsRule>
{
    [Fact]
    public void ASubscriptionWithOneRootFieldIsValid() => ExpectValid("subscription S { newDog { name } }");

    [Fact]
    public void ASubscriptionWithTwoRootFieldsThroughAFragmentIsInvalid() =>
        ExpectError(
            "subscription S { newDog { name } ...F } fragment F on Subscription { newCat { name } }",
            "Subscription \"S\" must select only one top level field.",
            (1, 70));

    [Fact]
    public void SkipOnTheRootSelectionIsForbidden() =>
        ExpectErrors(
            "subscription { newDog @skip(if: true) { name } }",
            "Anonymous Subscription must not use `@skip` or `@include` directives in the top level selection.");

    [Fact]
    public void AnIntrospectionRootFieldIsInvalid() =>
        ExpectErrors("subscription S { __typename }", "Subscription \"S\" must not select an introspection top level field.");
}

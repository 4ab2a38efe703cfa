using Hamahang.GraphQL.Validation.Rules;

namespace Hamahang.GraphQL.Tests.Validation.Rules;

public class PossibleFragmentSpreadsRuleTests : ValidationHarness<PossibleFragmentSpreadsRule>
{
    [Fact]
    public void SpreadsThatOverlapAreValid() =>
        ExpectValid("{ pet { ... on Dog { name } ...C } catOrDog { ... on Pet { name } } } fragment C on Cat { meows }");

    [Fact]
    public void SpreadsThatCanNeverApplyAreInvalid() =>
        ExpectErrors(
            "{ dog { ... on Cat { meows } ...H } } fragment H on Human { iq }",
            "Fragment cannot be spread here as objects of type \"Dog\" can never be of type \"Cat\".",
            "Fragment \"H\" cannot be spread here as objects of type \"Dog\" can never be of type \"Human\".");
}

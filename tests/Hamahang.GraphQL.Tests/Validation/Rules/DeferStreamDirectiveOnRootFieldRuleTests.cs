using Hamahang.GraphQL.Validation.Rules;

namespace Hamahang.GraphQL.Tests.Validation.Rules;

public class DeferStreamDirectiveOnRootFieldRuleTests : ValidationHarness<DeferStreamDirectiveOnRootFieldRule>
{
    [Fact]
    public void DeferInsideAMutationFieldIsValid() => ExpectValid("mutation { addDog { ... @defer { name } } }");

    [Fact]
    public void DeferOnTheMutationRootIsInvalid() =>
        ExpectErrors("mutation { ... @defer { addDog { name } } }", "Defer directive cannot be used on root mutation type \"Mutation\".");
}

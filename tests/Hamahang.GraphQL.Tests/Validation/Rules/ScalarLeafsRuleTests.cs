using Hamahang.GraphQL.Validation.Rules;

namespace Hamahang.GraphQL.Tests.Validation.Rules;

public class ScalarLeafsRuleTests : ValidationHarness<ScalarLeafsRule>
{
    [Fact]
    public void LeavesWithoutAndObjectsWithSelectionsAreValid() => ExpectValid("{ dog { name owner { iq } } }");

    [Fact]
    public void AnObjectFieldWithoutSelectionIsInvalid() =>
        ExpectErrors("{ human { pets } }", "Field \"pets\" of type \"[Pet]\" must have a selection of subfields. Did you mean \"pets { ... }\"?");

    [Fact]
    public void ALeafFieldWithASelectionIsInvalid() =>
        ExpectError("{ dog { barks { x } } }", "Field \"barks\" must not have a selection since type \"Boolean\" has no subfields.", (1, 15));
}

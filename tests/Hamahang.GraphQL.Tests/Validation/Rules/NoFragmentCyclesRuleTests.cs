using Hamahang.GraphQL.Validation.Rules;

namespace Hamahang.GraphQL.Tests.Validation.Rules;

public class NoFragmentCyclesRuleTests : ValidationHarness<NoFragmentCyclesRule>
{
    [Fact]
    public void AFragmentSpreadTwiceIsNotACycle() => ExpectValid("fragment A on Dog { ...B ...B } fragment B on Dog { name }");

    [Fact]
    public void AFragmentSpreadingItselfIsInvalid() =>
        ExpectError("fragment A on Dog { ...A }", "Cannot spread fragment \"A\" within itself.", (1, 21));

    [Fact]
    public void ACycleThroughOtherFragmentsNamesTheWay() =>
        ExpectErrors(
            "fragment A on Dog { ...B } fragment B on Dog { ...C } fragment C on Dog { ...A }",
            "Cannot spread fragment \"A\" within itself via \"B\", \"C\".");
}

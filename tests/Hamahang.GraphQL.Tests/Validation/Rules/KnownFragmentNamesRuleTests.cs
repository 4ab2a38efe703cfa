using Hamahang.GraphQL.Validation.Rules;

namespace Hamahang.GraphQL.Tests.Validation.Rules;

public class KnownFragmentNamesRuleTests : ValidationHarness<KnownFragmentNamesRule>
{
    [Fact]
    public void SpreadsOfDefinedFragmentsAreValid() => ExpectValid("{ dog { ...A } } fragment A on Dog { name }");

    [Fact]
    public void ASpreadOfAnUndefinedFragmentIsInvalid() =>
        ExpectError("{ dog { ...Missing } }", "Unknown fragment \"Missing\".", (1, 12));
}

using Hamahang.GraphQL.Validation.Rules;

namespace Hamahang.GraphQL.Tests.Validation.Rules;

public class UniqueFragmentNamesRuleTests : ValidationHarness<UniqueFragmentNamesRule>
{
    [Fact]
    public void FragmentsWithDifferentNamesAreValid() => ExpectValid("fragment A on Dog { name } fragment B on Dog { name }");

    [Fact]
    public void TwoFragmentsWithTheSameNameAreInvalid() =>
        ExpectError("fragment A on Dog { name }\nfragment A on Cat { name }", "There can be only one fragment named \"A\".", (1, 10), (2, 10));
}

using Hamahang.GraphQL.Validation.Rules;

namespace Hamahang.GraphQL.Tests.Validation.Rules;

public class NoUnusedFragmentsRuleTests : ValidationHarness<NoUnusedFragmentsRule>
{
    [Fact]
    public void FragmentsUsedThroughOtherFragmentsAreValid() =>
        ExpectValid("{ dog { ...A } } fragment A on Dog { ...B } fragment B on Dog { name }");

    [Fact]
    public void FragmentsNoOperationReachesAreInvalid() =>
        ExpectErrors(
            "{ dog { name } } fragment A on Dog { ...B } fragment B on Dog { name }",
            "Fragment \"A\" is never used.",
            "Fragment \"B\" is never used.");
}

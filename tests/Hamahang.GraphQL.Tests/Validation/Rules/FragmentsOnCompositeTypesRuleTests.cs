using Hamahang.GraphQL.Validation.Rules;

namespace Hamahang.GraphQL.Tests.Validation.Rules;

public class FragmentsOnCompositeTypesRuleTests : ValidationHarness<FragmentsOnCompositeTypesRule>
{
    [Fact]
    public void FragmentsOnObjectsInterfacesAndUnionsAreValid() =>
        ExpectValid("fragment A on Dog { name } fragment B on Pet { name } fragment C on CatOrDog { __typename }");

    [Fact]
    public void FragmentsOnScalarsAndInputsAreInvalid() =>
        ExpectErrors(
            "fragment A on Boolean { x } { dog { ... on ComplexInput { name } } }",
            "Fragment \"A\" cannot condition on non composite type \"Boolean\".",
            "Fragment cannot condition on non composite type \"ComplexInput\".");
}

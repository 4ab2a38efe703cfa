using Hamahang.GraphQL.Validation.Rules;

namespace Hamahang.GraphQL.Tests.Validation.Rules;

public class MaxIntrospectionDepthRuleTests : ValidationHarness<MaxIntrospectionDepthRule>
{
    [Fact]
    public void TheUsualIntrospectionDepthIsValid() =>
        ExpectValid("{ __schema { types { fields { type { fields { name } } } } } }");

    [Fact]
    public void ThreeNestedListFieldsAreTooDeep() =>
        ExpectError(
            "{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }",
            "Maximum introspection depth exceeded",
            (1, 3));

    [Fact]
    public void DepthThroughFragmentsCounts() =>
        ExpectErrors(
            "{ __type(name: \"Dog\") { ...A } } fragment A on __Type { fields { type { ...B } } } " +
                "fragment B on __Type { interfaces { possibleTypes { name } } }",
            "Maximum introspection depth exceeded");
}

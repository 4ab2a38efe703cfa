using Hamahang.GraphQL.Validation.Rules;

namespace Hamahang.GraphQL.Tests.Validation.Rules;

public class ExecutableDefinitionsRuleTests : ValidationHarness<ExecutableDefinitionsRule>
{
    [Fact]
    public void OperationsAndFragmentsAreExecutable() =>
        ExpectValid("query Foo { dog { ...Frag } } fragment Frag on Dog { name }");

    [Fact]
    public void TypeAndSchemaDefinitionsAreNotExecutable() =>
        ExpectErrors(
            "{ dog { name } } type Cow { name: String } extend type Dog { color: String } schema { query: Query }",
            "The \"Cow\" definition is not executable.",
            "The \"Dog\" definition is not executable.",
            "The schema definition is not executable.");
}

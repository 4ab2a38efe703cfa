using Hamahang.GraphQL.Language;
using Hamahang.GraphQL.Utilities;
using Hamahang.GraphQL.Validation;
using Hamahang.GraphQL.Validation.Rules;

namespace Hamahang.GraphQL.Tests.Validation.Rules;

public class KnownOperationTypesRuleTests : ValidationHarness<KnownOperationTypesRule>
{
    [Fact]
    public void OperationsOfRootTypesTheSchemaHasAreValid() =>
        ExpectValid("query { dog { name } } mutation { addDog { name } } subscription { newDog { name } }");

    [Fact]
    public void AMutationAgainstAQueryOnlySchemaIsReported()
    {
        var schema = BuildSchema.FromSdl("type Query { hello: String }");
        var errors = DocumentValidator.Validate(schema, Parser.Parse("mutation { hello }"), [new KnownOperationTypesRule()]);
        Assert.Equal("The mutation operation is not supported by the schema.", Assert.Single(errors).Message);
    }
}

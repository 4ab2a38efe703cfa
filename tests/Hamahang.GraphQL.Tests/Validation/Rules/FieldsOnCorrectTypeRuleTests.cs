using Hamahang.GraphQL.Validation;
using Hamahang.GraphQL.Validation.Rules;

namespace Hamahang.GraphQL.Tests.Validation.Rules;

public class FieldsOnCorrectTypeRuleTests : ValidationHarness<FieldsOnCorrectTypeRule>
{
    [Fact]
    public void DefinedFieldsAndTypenameAreValid() => ExpectValid("{ dog { name __typename } catOrDog { __typename } }");

    [Fact]
    public void AMisspelledFieldGetsASuggestion() =>
        ExpectErrors("{ dog { nam } }", "Cannot query field \"nam\" on type \"Dog\". Did you mean \"name\"?");

    [Fact]
    public void AFieldOfAUnionSuggestsTypesToSpreadOn() =>
        ExpectErrors(
            "{ catOrDog { name } }",
            "Cannot query field \"name\" on type \"CatOrDog\". Did you mean to use an inline fragment on \"Being\", \"Pet\", \"Cat\", or \"Dog\"?");

    [Fact]
    public void SuggestionsCanBeTurnedOff()
    {
        var errors = Validate("{ dog { nam } }", new ValidationOptions { Suggestions = false });
        Assert.Equal("Cannot query field \"nam\" on type \"Dog\".", Assert.Single(errors).Message);
    }
}

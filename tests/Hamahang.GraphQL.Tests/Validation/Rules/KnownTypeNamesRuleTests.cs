using Hamahang.GraphQL.Validation.Rules;

namespace Hamahang.GraphQL.Tests.Validation.Rules;

public class KnownTypeNamesRuleTests : ValidationHarness<KnownTypeNamesRule>
{
    [Fact]
    public void KnownTypesAreValid() => ExpectValid("query ($id: ID, $c: DogCommand) { dog { ... on Dog { name } } } fragment F on Pet { name }");

    [Fact]
    public void UnknownTypesAreReportedWithSuggestions() =>
        ExpectErrors(
            "query ($v: Bolean) { dog { ... on Dgo { name } } } fragment F on Peat { name }",
            "Unknown type \"Bolean\". Did you mean \"Boolean\"?",
            "Unknown type \"Dgo\". Did you mean \"Dog\"?",
            "Unknown type \"Peat\". Did you mean \"Pet\" or \"Cat\"?");
}

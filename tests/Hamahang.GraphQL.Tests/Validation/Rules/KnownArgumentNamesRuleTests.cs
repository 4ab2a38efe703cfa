using Hamahang.GraphQL.Validation.Rules;

namespace Hamahang.GraphQL.Tests.Validation.Rules;

public class KnownArgumentNamesRuleTests : ValidationHarness<KnownArgumentNamesRule>
{
    [Fact]
    public void DefinedArgumentsAreValid() => ExpectValid("{ dog { doesKnowCommand(dogCommand: SIT) @include(if: true) } }");

    [Fact]
    public void UnknownArgumentsAreReportedWithSuggestions() =>
        ExpectErrors(
            "{ dog { doesKnowCommand(dogcommand: SIT) @skip(iff: true) } }",
            "Unknown argument \"dogcommand\" on field \"Dog.doesKnowCommand\". Did you mean \"dogCommand\"?",
            "Unknown argument \"iff\" on directive \"@skip\". Did you mean \"if\"?");
}

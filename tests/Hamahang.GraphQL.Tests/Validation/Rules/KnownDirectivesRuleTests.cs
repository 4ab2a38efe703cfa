using Hamahang.GraphQL.Validation.Rules;

namespace Hamahang.GraphQL.Tests.Validation.Rules;

public class KnownDirectivesRuleTests : ValidationHarness<KnownDirectivesRule>
{
    [Fact]
    public void DirectivesInTheirLocationsAreValid() =>
        ExpectValid("query Q @onQuery { dog @include(if: true) { name @onField ...F @skip(if: false) } } fragment F on Dog { name }");

    [Fact]
    public void UnknownAndMisplacedDirectivesAreInvalid() =>
        ExpectErrors(
            "query Q @onField { dog @unknown { name @onQuery } }",
            "Directive \"@onField\" may not be used on QUERY.",
            "Unknown directive \"@unknown\".",
            "Directive \"@onQuery\" may not be used on FIELD.");
}

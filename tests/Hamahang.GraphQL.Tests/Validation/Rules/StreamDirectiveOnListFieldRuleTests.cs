using Hamahang.GraphQL.Validation.Rules;

namespace Hamahang.GraphQL.Tests.Validation.Rules;

public class StreamDirectiveOnListFieldRuleTests : ValidationHarness<StreamDirectiveOnListFieldRule>
{
    [Fact]
    public void StreamOnAListFieldIsValid() => ExpectValid("{ human { pets @stream { name } } }");

    [Fact]
    public void StreamOnANonListFieldIsInvalid() =>
        ExpectErrors("{ dog @stream { name } }", "Directive \"@stream\" cannot be used on non-list field \"Query.dog\".");
}

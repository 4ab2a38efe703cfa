using Hamahang.GraphQL.Validation.Rules;

namespace Hamahang.GraphQL.Tests.Validation.Rules;

public class LoneAnonymousOperationRuleTests : ValidationHarness<LoneAnonymousOperationRule>
{
    [Fact]
    public void OneAnonymousOperationWithFragmentsIsValid() => ExpectValid("{ dog { ...F } } fragment F on Dog { name }");

    [Fact]
    public void AnAnonymousOperationBesideANamedOneIsInvalid() =>
        ExpectError("{ dog { name } } query B { cat { name } }", "This anonymous operation must be the only defined operation.", (1, 1));
}

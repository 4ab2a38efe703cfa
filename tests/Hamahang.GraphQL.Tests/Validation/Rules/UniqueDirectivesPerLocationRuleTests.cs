using Hamahang.GraphQL.Validation.Rules;

namespace Hamahang.GraphQL.Tests.Validation.Rules;

public class UniqueDirectivesPerLocationRuleTests : ValidationHarness<UniqueDirectivesPerLocationRule>
{
    [Fact]
    public void OneDirectiveOfEachNameIsValid() => ExpectValid("{ dog @onField @skip(if: false) { name } }");

    [Fact]
    public void ANonRepeatableDirectiveUsedTwiceIsInvalid() =>
        ExpectError("{ dog @onField @onField { name } }", "The directive \"@onField\" can only be used once at this location.", (1, 7), (1, 16));
}

using Hamahang.GraphQL.Validation.Rules;

namespace Hamahang.GraphQL.Tests.Validation.Rules;

public class UniqueArgumentNamesRuleTests : ValidationHarness<UniqueArgumentNamesRule>
{
    [Fact]
    public void DistinctArgumentsAreValid() => ExpectValid("{ complicatedArgs { multipleReqs(req1: 1, req2: 2) } }");

    [Fact]
    public void AnArgumentGivenTwiceIsInvalid() =>
        ExpectError("{ dog { name(surname: true, surname: false) } }", "There can be only one argument named \"surname\".", (1, 14), (1, 29));
}

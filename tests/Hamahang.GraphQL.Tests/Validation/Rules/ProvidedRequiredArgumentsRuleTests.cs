using Hamahang.GraphQL.Validation.Rules;

namespace Hamahang.GraphQL.Tests.Validation.Rules;

public class ProvidedRequiredArgumentsRuleTests : ValidationHarness<ProvidedRequiredArgumentsRule>
{
    [Fact]
    public void ArgumentsWithDefaultsOrNullableTypesMayBeLeftOut() => ExpectValid("{ dog { isHouseTrained name } }");

    [Fact]
    public void MissingRequiredArgumentsAreReported() =>
        ExpectErrors(
            "{ complicatedArgs { multipleReqs(req2: 1) } dog @include { name } }",
            "Argument \"ComplicatedArgs.multipleReqs(req1:)\" of type \"Int!\" is required, but it was not provided.",
            "Argument \"@include(if:)\" of type \"Boolean!\" is required, but it was not provided.");
}

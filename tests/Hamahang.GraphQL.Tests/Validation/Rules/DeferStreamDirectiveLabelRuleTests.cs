using Hamahang.GraphQL.Validation.Rules;

namespace Hamahang.GraphQL.Tests.Validation.Rules;

public class DeferStreamDirectiveLabelRuleTests : ValidationHarness<DeferStreamDirectiveLabelRule>
{
    [Fact]
    public void DistinctStaticLabelsAreValid() => ExpectValid("{ dog { ... @defer(label: \"a\") { name } ... @defer(label: \"b\") { barks } } }");

    [Fact]
    public void RepeatedAndDynamicLabelsAreInvalid() =>
        ExpectErrors(
            "query ($l: String) { dog { ... @defer(label: \"a\") { name } ... @defer(label: \"a\") { barks } ... @defer(label: $l) { nickname } } }",
            "Value for arguments \"defer(label:)\" and \"stream(label:)\" must be unique across all Defer/Stream directive usages.",
            "Argument \"@defer(label:)\" must be a static string.");
}

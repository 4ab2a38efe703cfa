using Hamahang.GraphQL.Language;
using Hamahang.GraphQL.Validation;
using Hamahang.GraphQL.Validation.Limits;

namespace Hamahang.GraphQL.Tests.Validation.Limits;

public class RequestLimitsRuleTests
{
    [Fact]
    public void TheRuleReportsTheLimitsAlongsideTheSpecifiedRules()
    {
        var document = Parser.Parse("{ x0: a x1: a x2: a unknown }");
        var errors = DocumentValidator.Validate(
            LimitsHarness.Schema,
            document,
            [.. SpecifiedRules.All, new RequestLimitsRule(RequestLimits.None with { MaxAliases = 2 })]);
        Assert.Equal(2, errors.Count);
        Assert.Contains(errors, e => e.Extensions?["code"] as string == LimitErrorCodes.MaxAliasesExceeded);
        Assert.Contains(errors, e => e.Message.Contains("unknown", StringComparison.Ordinal));
    }

    [Fact]
    public void TheRuleAcceptsADocumentWithinTheLimits() =>
        Assert.Empty(DocumentValidator.Validate(
            LimitsHarness.Schema,
            Parser.Parse("{ x0: a x1: a }"),
            [new RequestLimitsRule(RequestLimits.None with { MaxAliases = 2 })]));
}

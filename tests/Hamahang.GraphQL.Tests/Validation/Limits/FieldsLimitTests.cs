using Hamahang.GraphQL.Validation.Limits;
using static Hamahang.GraphQL.Tests.Validation.Limits.LimitsHarness;

namespace Hamahang.GraphQL.Tests.Validation.Limits;

public class FieldsLimitTests
{
    private static readonly RequestLimits Fields1000 = None with { MaxFields = 1_000 };

    [Fact]
    public void TheDefaultIsAThousandFields() => Assert.Equal(1_000, RequestLimits.Default.MaxFields);

    [Fact]
    public void AThousandFieldsAreAccepted() => ExpectValid("{ " + Repeat("a", 1_000) + " }", Fields1000);

    [Fact]
    public void AThousandAndOneFieldsAreRejectedWithTheLimitAndTheCount()
    {
        var error = ExpectError("{ " + Repeat("a", 1_001) + " }", Fields1000, LimitErrorCodes.MaxFieldsExceeded);
        Assert.Equal("The GraphQL document selects 1001 fields which exceeds the max allowed number of fields of 1000.", error.Message);
        Assert.Equal(1_000, error.Extensions!["allowedFields"]);
        Assert.Equal(1_001L, error.Extensions!["detectedFields"]);
    }

    [Fact]
    public void NestedFieldsAndTypenameCount() =>
        Assert.Equal(4L, Analyze("{ self { __typename self { a } } }", None).Measures.Fields);

    [Fact]
    public void FragmentsExpandBeforeCounting()
    {
        // 10 fields spread 100 times through a fragment of ten spreads each: 1 000 fields from 30 lines.
        var fragments = " fragment Ten on Query { " + Repeat("a", 10) + " } fragment Hundred on Query { " + Repeat("...Ten", 10) + " }";
        ExpectValid("{ " + Repeat("...Hundred", 10) + " }" + fragments, Fields1000);
        var error = ExpectError("{ " + Repeat("...Hundred", 10) + " b }" + fragments, Fields1000, LimitErrorCodes.MaxFieldsExceeded);
        Assert.Equal(1_001L, error.Extensions!["detectedFields"]);
    }

    [Fact]
    public void InlineFragmentsCountTheirFields() =>
        Assert.Equal(3L, Analyze("{ ... on Query { a b } ... { a } }", None).Measures.Fields);
}

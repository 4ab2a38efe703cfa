using Hamahang.GraphQL.Types;

namespace Hamahang.GraphQL.Validation.Limits;

/// <summary>
/// The arguments of one <c>@listSize</c> application, read once per schema.
/// See https://ibm.github.io/graphql-specs/cost-spec.html#sec-The-List-Size-Directive.
/// </summary>
internal sealed record ListSizeSettings(
    int? AssumedSize,
    string[] SlicingArguments,
    string[] SizedFields,
    bool RequireOneSlicingArgument,
    int? SlicingArgumentDefaultValue)
{
    public static ListSizeSettings FromArguments(Func<string, object?> argument) => new(
        ToInt(argument("assumedSize")),
        ToStrings(argument("slicingArguments")),
        ToStrings(argument("sizedFields")),
        argument("requireOneSlicingArgument") is not false,
        ToInt(argument("slicingArgumentDefaultValue")));

    public static ListSizeSettings FromAttribute(ListSizeAttribute attribute) => new(
        attribute.AssumedSize > 0 ? attribute.AssumedSize : null,
        attribute.SlicingArguments,
        attribute.SizedFields,
        attribute.RequireOneSlicingArgument,
        attribute.SlicingArgumentDefaultValue > 0 ? attribute.SlicingArgumentDefaultValue : null);

    public bool IsSized(string fieldName) => Array.IndexOf(SizedFields, fieldName) >= 0;

    private static int? ToInt(object? value) => value switch
    {
        int i => i,
        long l => (int)Math.Clamp(l, int.MinValue, int.MaxValue),
        double d when !double.IsNaN(d) => (int)Math.Clamp(d, int.MinValue, int.MaxValue),
        _ => null,
    };

    private static string[] ToStrings(object? value) => value switch
    {
        string s => [s],
        System.Collections.IEnumerable items => items.OfType<string>().ToArray(),
        _ => [],
    };
}

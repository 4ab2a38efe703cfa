using Hamahang.GraphQL.Types;
using Limits = Hamahang.GraphQL.Types.CostDirectives;

namespace Hamahang.GraphQL.Data;

/// <summary>
/// The cost directives HotChocolate attaches to data fields, so cost analysis prices them:
/// <c>@cost(weight: "10")</c> on filter operations, sort and filter arguments and resolvers over a
/// database, <c>@cost(weight: "20")</c> on string matching, and <c>@listSize</c> on connections and
/// collection segments. See https://ibm.github.io/graphql-specs/cost-spec.html.
/// </summary>
public static class DataCosts
{
    /// <summary>Applies <c>@cost(weight: "<paramref name="weight"/>")</c> to <paramref name="member"/>.</summary>
    /// <param name="member">A field, argument or input field.</param>
    /// <param name="weight">The weight.</param>
    public static void Cost(TypeSystemMember member, int weight)
    {
        ArgumentNullException.ThrowIfNull(member);
        member.AddAppliedDirective(new AppliedDirective(Limits.CostName, new Dictionary<string, object?>
        {
            ["weight"] = weight.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }));
    }

    /// <summary>Applies <c>@listSize</c> to a paged field.</summary>
    /// <param name="field">The connection or collection segment field.</param>
    /// <param name="assumedSize">The largest page.</param>
    /// <param name="slicingArguments">The arguments that size the page.</param>
    /// <param name="defaultSize">The page size when no slicing argument is given.</param>
    /// <param name="sizedFields">The fields of the result whose length the slicing arguments set.</param>
    public static void ListSize(
        FieldDefinition field, int assumedSize, IReadOnlyList<string> slicingArguments, int defaultSize, IReadOnlyList<string> sizedFields)
    {
        ArgumentNullException.ThrowIfNull(field);
        field.AddAppliedDirective(new AppliedDirective(Limits.ListSizeName, new Dictionary<string, object?>
        {
            ["assumedSize"] = assumedSize,
            ["slicingArguments"] = slicingArguments,
            ["slicingArgumentDefaultValue"] = defaultSize,
            ["sizedFields"] = sizedFields,
            ["requireOneSlicingArgument"] = false,
        }));
    }
}

using Hamahang.GraphQL.Language;

namespace Hamahang.GraphQL.Types;

/// <summary>
/// The directives of the IBM cost specification (https://ibm.github.io/graphql-specs/cost-spec.html),
/// defined as HotChocolate 15 defines them (descriptions, argument order, defaults and locations as its
/// <c>CostDirectiveType</c> and <c>ListSizeDirectiveType</c> print): <c>@cost(weight:)</c> prices a field,
/// an argument, an input field or a type; <c>@listSize</c> tells the analysis how long a list field's value
/// is. <see cref="SchemaBuilder.AddCostDirectives"/> adds them to a code-first schema; the cost analysis
/// reads them from SDL (<see cref="Sdl"/>), from <see cref="AppliedDirective"/>s, and from
/// <see cref="CostAttribute"/> and <see cref="ListSizeAttribute"/> on code-first members.
/// </summary>
public static class CostDirectives
{
    /// <summary>The name of <c>@cost</c>.</summary>
    public const string CostName = "cost";

    /// <summary>The name of <c>@listSize</c>.</summary>
    public const string ListSizeName = "listSize";

    /// <summary>
    /// The two definitions in SDL (without descriptions), to add to a schema's SDL. <c>slicingArgumentDefaultValue</c>
    /// is HotChocolate's addition to the specification: the list size when no slicing argument is given.
    /// <c>requireOneSlicingArgument</c> is nullable, as HotChocolate 15 prints it (its workshop's exported schema).
    /// </summary>
    public const string Sdl = """
        directive @cost(weight: String!) on SCALAR | OBJECT | FIELD_DEFINITION | ARGUMENT_DEFINITION | ENUM | INPUT_FIELD_DEFINITION

        directive @listSize(
          assumedSize: Int
          slicingArguments: [String!]
          slicingArgumentDefaultValue: Int
          sizedFields: [String!]
          requireOneSlicingArgument: Boolean = true
        ) on FIELD_DEFINITION
        """;

    /// <summary>
    /// "The purpose of the @cost directive is to define a weight for GraphQL types, fields, and
    /// arguments." (https://ibm.github.io/graphql-specs/cost-spec.html#sec-The-Cost-Directive)
    /// </summary>
    public static DirectiveDefinition CreateCost()
    {
        var cost = new DirectiveDefinition(CostName)
        {
            Description = "The purpose of the `cost` directive is to define a `weight` for GraphQL types, fields, and arguments. "
                + "Static analysis can use these weights when calculating the overall cost of a query or response.",
        };
        cost.AddArgument(new ArgumentDefinition("weight", new NonNullType(BuiltInScalars.String))
        {
            Description = "The `weight` argument defines what value to add to the overall cost for every appearance, or possible appearance, "
                + "of a type, field, argument, etc.",
        });
        cost.AddLocations(
            DirectiveLocation.SCALAR,
            DirectiveLocation.OBJECT,
            DirectiveLocation.FIELD_DEFINITION,
            DirectiveLocation.ARGUMENT_DEFINITION,
            DirectiveLocation.ENUM,
            DirectiveLocation.INPUT_FIELD_DEFINITION);
        return cost;
    }

    /// <summary>
    /// "The purpose of the @listSize directive is to either inform the static analysis about the size of
    /// returned lists (if that information is statically available), or to point the analysis to where
    /// to find that information." (https://ibm.github.io/graphql-specs/cost-spec.html#sec-The-List-Size-Directive)
    /// </summary>
    public static DirectiveDefinition CreateListSize()
    {
        var listSize = new DirectiveDefinition(ListSizeName)
        {
            Description = "The purpose of the `@listSize` directive is to either inform the static analysis about the size of returned lists "
                + "(if that information is statically available), or to point the analysis to where to find that information.",
        };
        var names = new ListType(new NonNullType(BuiltInScalars.String));
        listSize.AddArgument(new ArgumentDefinition("assumedSize", BuiltInScalars.Int)
        {
            Description = "The `assumedSize` argument can be used to statically define the maximum length of a list returned by a field.",
        });
        listSize.AddArgument(new ArgumentDefinition("slicingArguments", names)
        {
            Description = "The `slicingArguments` argument can be used to define which of the field's arguments with numeric type are slicing arguments, "
                + "so that their value determines the size of the list returned by that field. It may specify a list of multiple slicing arguments.",
        });
        listSize.AddArgument(new ArgumentDefinition("slicingArgumentDefaultValue", BuiltInScalars.Int)
        {
            Description = "The `slicingArgumentDefaultValue` argument can be used to define a default value for a slicing argument, "
                + "which is used if the argument is not present in a query.",
        });
        listSize.AddArgument(new ArgumentDefinition("sizedFields", names)
        {
            Description = "The `sizedFields` argument can be used to define that the value of the `assumedSize` argument or of a slicing argument "
                + "does not affect the size of a list returned by a field itself, but that of a list returned by one of its sub-fields.",
        });
        listSize.AddArgument(new ArgumentDefinition("requireOneSlicingArgument", BuiltInScalars.Boolean)
        {
            Description = "The `requireOneSlicingArgument` argument can be used to inform the static analysis that it should expect that exactly one "
                + "of the defined slicing arguments is present in a query. If that is not the case (i.e., if none or multiple slicing arguments are present), "
                + "the static analysis may throw an error.",
            DefaultValue = true,
        });
        listSize.AddLocations(DirectiveLocation.FIELD_DEFINITION);
        return listSize;
    }
}

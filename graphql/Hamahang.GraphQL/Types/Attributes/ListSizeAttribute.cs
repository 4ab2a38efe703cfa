namespace Hamahang.GraphQL.Types;

/// <summary>
/// <c>@listSize</c> for code-first schemas, on a resolver property or method returning a list or a
/// connection: tells the cost analysis how long the list is
/// (https://ibm.github.io/graphql-specs/cost-spec.html#sec-The-List-Size-Directive).
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Method)]
public sealed class ListSizeAttribute : Attribute
{
    /// <summary>The most items the list holds; 0 or less means not set.</summary>
    public int AssumedSize { get; set; }

    /// <summary>The arguments whose value is the list's size (the largest one given counts).</summary>
    public string[] SlicingArguments { get; set; } = [];

    /// <summary>The subfields whose lists the size applies to instead of the field itself (<c>edges</c>, <c>nodes</c>).</summary>
    public string[] SizedFields { get; set; } = [];

    /// <summary>Whether exactly one slicing argument must be given (default true, as in the specification).</summary>
    public bool RequireOneSlicingArgument { get; set; } = true;

    /// <summary>The list size when no slicing argument is given; 0 or less means not set (HotChocolate's addition).</summary>
    public int SlicingArgumentDefaultValue { get; set; }
}

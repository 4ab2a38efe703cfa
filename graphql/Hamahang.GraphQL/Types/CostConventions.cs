using System.Globalization;
using System.Reflection;

namespace Hamahang.GraphQL.Types;

/// <summary>
/// Makes a code-first schema's cost contract explicit, as HotChocolate's cost type interceptor does, so
/// the SDL and introspection show what the analysis charges: <see cref="CostAttribute"/> and
/// <see cref="ListSizeAttribute"/> become applied <c>@cost</c> and <c>@listSize</c>, and (with the defaults on)
/// every object field whose resolver is not pure (<see cref="ResolverPurity"/>, HotChocolate's rule) and declares no
/// weight gets <c>@cost(weight: "10")</c>, HotChocolate's <c>DefaultResolverCost</c>.
/// See https://ibm.github.io/graphql-specs/cost-spec.html#sec-The-Cost-Directive.
/// </summary>
internal static class CostConventions
{
    /// <summary>HotChocolate's weight of a field with a resolver of its own (an async or service-using one).</summary>
    public const double DefaultResolverCost = 10;

    /// <summary>Applies the conventions to <paramref name="types"/> and every type they reach.</summary>
    /// <param name="types">The schema's roots and given types, not yet frozen.</param>
    /// <param name="applyDefaults">Whether resolver fields without a weight get <see cref="DefaultResolverCost"/>.</param>
    public static void Apply(IEnumerable<GraphQLNamedType> types, bool applyDefaults)
    {
        foreach (var type in Reachable(types))
        {
            if (type.RuntimeType?.GetCustomAttribute<CostAttribute>(false) is { } typeCost && !HasCost(type.AppliedDirectives))
            {
                type.AddAppliedDirective(Cost(typeCost.Weight));
            }

            if (type is not ObjectType objectType || type.Name.StartsWith("__", StringComparison.Ordinal))
            {
                continue;
            }

            foreach (var field in objectType.Fields)
            {
                ApplyToField(field, applyDefaults);
            }
        }
    }

    /// <summary>An applied <c>@cost(weight: "…")</c>.</summary>
    /// <param name="weight">The weight, printed as the specification's string.</param>
    public static AppliedDirective Cost(double weight) =>
        new(CostDirectives.CostName, new Dictionary<string, object?>(StringComparer.Ordinal) { ["weight"] = weight.ToString(CultureInfo.InvariantCulture) });

    private static void ApplyToField(FieldDefinition field, bool applyDefaults)
    {
        if (field.Member?.GetCustomAttribute<ListSizeAttribute>(false) is { } listSize && !Has(field.AppliedDirectives, CostDirectives.ListSizeName))
        {
            field.AddAppliedDirective(ListSize(listSize));
        }

        if (HasCost(field.AppliedDirectives) || field.Name.StartsWith("__", StringComparison.Ordinal))
        {
            return;
        }

        if (field.Member?.GetCustomAttribute<CostAttribute>(false) is { } cost)
        {
            field.AddAppliedDirective(Cost(cost.Weight));
        }
        else if (applyDefaults && ResolverPurity.IsCharged(field))
        {
            field.AddAppliedDirective(Cost(DefaultResolverCost));
        }
    }

    // The arguments in the order, and with the omissions, of HotChocolate's ListSizeDirectiveType.
    private static AppliedDirective ListSize(ListSizeAttribute attribute)
    {
        var arguments = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (attribute.AssumedSize > 0)
        {
            arguments["assumedSize"] = attribute.AssumedSize;
        }

        if (attribute.SlicingArguments.Length > 0)
        {
            arguments["slicingArguments"] = attribute.SlicingArguments;
            if (attribute.SlicingArgumentDefaultValue > 0)
            {
                arguments["slicingArgumentDefaultValue"] = attribute.SlicingArgumentDefaultValue;
            }
        }

        if (attribute.SizedFields.Length > 0)
        {
            arguments["sizedFields"] = attribute.SizedFields;
        }

        arguments["requireOneSlicingArgument"] = attribute.RequireOneSlicingArgument;
        return new AppliedDirective(CostDirectives.ListSizeName, arguments);
    }

    private static bool HasCost(IReadOnlyList<AppliedDirective> directives) => Has(directives, CostDirectives.CostName);

    private static bool Has(IReadOnlyList<AppliedDirective> directives, string name)
    {
        foreach (var directive in directives)
        {
            if (directive.Name == name)
            {
                return true;
            }
        }

        return false;
    }

    private static List<GraphQLNamedType> Reachable(IEnumerable<GraphQLNamedType> types)
    {
        var seen = new HashSet<GraphQLNamedType>(ReferenceEqualityComparer.Instance);
        var order = new List<GraphQLNamedType>();
        var pending = new Stack<GraphQLNamedType>(types.Reverse());
        while (pending.TryPop(out var type))
        {
            if (!seen.Add(type))
            {
                continue;
            }

            order.Add(type);
            foreach (var next in References(type))
            {
                pending.Push(next);
            }
        }

        return order;
    }

    private static IEnumerable<GraphQLNamedType> References(GraphQLNamedType type) => type switch
    {
        UnionType union => union.Types,
        ComplexType complex => complex.DeclaredInterfaces
            .Concat(complex.Fields.SelectMany(f => f.Arguments.Select(a => a.Type.NamedType).Prepend(f.Type.NamedType))),
        InputObjectType input => input.Fields.Select(f => f.Type.NamedType),
        _ => [],
    };
}

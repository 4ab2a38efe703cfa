using System.Reflection;
using System.Runtime.CompilerServices;
using Hamahang.GraphQL.Types;

namespace Hamahang.GraphQL.Validation.Limits;

/// <summary>
/// The <c>@cost</c> weights and <c>@listSize</c> settings a schema declares, read once per schema (a schema
/// is immutable once created) and then only looked up, from any thread.
/// </summary>
internal sealed class CostSchemaInfo
{
    private static readonly ConditionalWeakTable<Schema, CostSchemaInfo> Cache = [];

    private readonly Dictionary<object, double> _weights = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<FieldDefinition, ListSizeSettings> _listSizes = new(ReferenceEqualityComparer.Instance);

    private CostSchemaInfo(Schema schema)
    {
        foreach (var type in schema.Types)
        {
            var weight = ReadWeight(type.AppliedDirectives, type.SyntaxNode, type.ExtensionSyntaxNodes)
                ?? type.RuntimeType?.GetCustomAttribute<CostAttribute>(false)?.Weight;
            if (weight is { } typeWeight)
            {
                _weights[type] = typeWeight;
            }

            switch (type)
            {
                case ComplexType complex:
                    foreach (var field in complex.Fields)
                    {
                        ReadField(field);
                    }

                    break;
                case InputObjectType input:
                    foreach (var field in input.Fields)
                    {
                        ReadMember(field);
                    }

                    break;
            }
        }
    }

    /// <summary>The information of <paramref name="schema"/>, read on first use.</summary>
    public static CostSchemaInfo For(Schema schema) => Cache.GetValue(schema, s => new CostSchemaInfo(s));

    /// <summary>The <c>@cost</c> weight of a type, field, argument or input field, or null when it declares none.</summary>
    public double? Weight(object member) => _weights.TryGetValue(member, out var weight) ? weight : null;

    /// <summary>The <c>@listSize</c> of a field, or null when it declares none.</summary>
    public ListSizeSettings? ListSize(FieldDefinition field) => _listSizes.GetValueOrDefault(field);

    private static double? ReadWeight(IReadOnlyList<AppliedDirective> applied, object? syntaxNode, IEnumerable<object>? extensionNodes = null) =>
        DirectiveArguments.Find(CostDirectives.CostName, applied, syntaxNode, extensionNodes) is { } cost
            ? DirectiveArguments.Weight(cost("weight"))
            : null;

    private void ReadField(FieldDefinition field)
    {
        if (ReadMember(field) is null && field.Member?.GetCustomAttribute<CostAttribute>(false) is { } cost)
        {
            _weights[field] = cost.Weight;
        }

        if (DirectiveArguments.Find(CostDirectives.ListSizeName, field.AppliedDirectives, field.SyntaxNode) is { } listSize)
        {
            _listSizes[field] = ListSizeSettings.FromArguments(listSize);
        }
        else if (field.Member?.GetCustomAttribute<ListSizeAttribute>(false) is { } attribute)
        {
            _listSizes[field] = ListSizeSettings.FromAttribute(attribute);
        }

        foreach (var argument in field.Arguments)
        {
            ReadMember(argument);
        }
    }

    private double? ReadMember(TypeSystemMember member)
    {
        var weight = ReadWeight(member.AppliedDirectives, member.SyntaxNode);
        if (weight is { } value)
        {
            _weights[member] = value;
        }

        return weight;
    }
}

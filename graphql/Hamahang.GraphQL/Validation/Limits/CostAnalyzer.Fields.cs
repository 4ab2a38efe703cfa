using Hamahang.GraphQL.Language;
using Hamahang.GraphQL.Types;

namespace Hamahang.GraphQL.Validation.Limits;

/// <summary>The cost of one field: https://ibm.github.io/graphql-specs/cost-spec.html#sec-Field-Cost .</summary>
internal sealed partial class CostAnalyzer
{
    private Cost Field(FieldNode node, ObjectType parentType, Sized sized)
    {
        var field = schema.GetField(parentType, node.Name.Value);
        if (field is null)
        {
            return default;
        }

        // "First, add up the raw cost of field f by calculating the sum of: the weight of field f, ...
        // the sum of the cost of all arguments on field f".
        var namedType = field.Type.NamedType;
        var typeCost = TypeWeight(namedType);
        var fieldCost = FieldWeight(field);
        var listSize = _info.ListSize(field);
        CheckSlicingArguments(node, listSize);
        for (var i = 0; i < node.Arguments.Count; i++)
        {
            var argument = node.Arguments[i];
            if (field.GetArgument(argument.Name.Value) is { } definition)
            {
                fieldCost += InputWeight(definition) + InputCost(definition.Type, argument.Value);
            }
        }

        var selectionSetCost = 0.0;
        if (node.SelectionSet is { } selectionSet && namedType is ComplexType or UnionType)
        {
            var childSized = listSize is { SizedFields.Length: > 0 } ? new Sized(listSize.SizedFields, ListSize(node, field, listSize)) : default;
            _path.Add(node.ResponseKey);
            var children = SelectionSet(selectionSet, namedType, childSized);
            _path.RemoveAt(_path.Count - 1);
            selectionSetCost = children.Field;
            typeCost += children.Type;
        }

        // A list multiplies what its items cost: by its own @listSize, else by the size its parent's
        // @listSize(sizedFields:) hands down, else by the default list size.
        if (field.Type.Nullable is ListType)
        {
            var size = listSize is not null ? ListSize(node, field, listSize)
                : sized.Fields is { } sizedFields && Array.IndexOf(sizedFields, field.Name) >= 0 ? sized.Size
                : limits.DefaultListSize;
            typeCost = Multiply(typeCost, size);
            selectionSetCost = Multiply(selectionSetCost, size);
        }

        // "Second, if this sum is negative then round it up to zero".
        return new Cost(Math.Max(0, fieldCost + selectionSetCost), typeCost);
    }

    private double ListSize(FieldNode node, FieldDefinition field, ListSizeSettings listSize)
    {
        long? largest = null;
        foreach (var name in listSize.SlicingArguments)
        {
            var given = Argument(node, name) is { } argument ? values.Integer(argument) : null;
            var value = given ?? (field.GetArgument(name) is { HasDefaultValue: true, DefaultValue: int or long } definition ? Convert.ToInt64(
                definition.DefaultValue,
                System.Globalization.CultureInfo.InvariantCulture) : null);
            if (value is { } v && (largest is null || v > largest))
            {
                largest = v;
            }
        }

        return largest is { } size ? Math.Max(0, size)
            : listSize.SlicingArgumentDefaultValue ?? listSize.AssumedSize ?? limits.DefaultListSize;
    }

    private static ValueNode? Argument(FieldNode node, string name)
    {
        for (var i = 0; i < node.Arguments.Count; i++)
        {
            if (node.Arguments[i].Name.Value == name)
            {
                return node.Arguments[i].Value;
            }
        }

        return null;
    }

    private void CheckSlicingArguments(FieldNode node, ListSizeSettings? listSize)
    {
        if (listSize is not { RequireOneSlicingArgument: true, SlicingArguments.Length: > 0 })
        {
            return;
        }

        var given = 0;
        for (var i = 0; i < node.Arguments.Count; i++)
        {
            given += Array.IndexOf(listSize.SlicingArguments, node.Arguments[i].Name.Value) >= 0 ? 1 : 0;
        }

        if (given != 1 && _reported.Add(node))
        {
            Errors.Add(LimitErrors.SlicingArgument(node, [.. _path, node.ResponseKey]));
        }
    }

    private double FieldWeight(FieldDefinition field) =>
        _info.Weight(field)
        ?? (limits.DefaultResolverCost is { } resolverCost && ResolverPurity.IsCharged(field)
            ? resolverCost
            : IsComposite(field.Type.NamedType) || field.Type.Nullable is ListType ? 1 : 0);

    private double TypeWeight(GraphQLNamedType type) => _info.Weight(type) ?? (IsComposite(type) ? 1 : 0);

    private double InputWeight(InputValueDefinition input) => _info.Weight(input) ?? (input.Type.NamedType is InputObjectType ? 1 : 0);

    private double InputCost(GraphQLType type, ValueNode value)
    {
        if (!System.Runtime.CompilerServices.RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            TooDeep = true;
            return double.PositiveInfinity;
        }

        var cost = 0.0;
        switch (value)
        {
            case ObjectValueNode objectValue when type.NamedType is InputObjectType inputType:
                for (var i = 0; i < objectValue.Fields.Count; i++)
                {
                    var objectField = objectValue.Fields[i];
                    if (inputType.GetField(objectField.Name.Value) is { } definition)
                    {
                        cost += InputWeight(definition) + InputCost(definition.Type, objectField.Value);
                    }
                }

                break;
            case ListValueNode list:
                for (var i = 0; i < list.Values.Count; i++)
                {
                    cost += InputCost(type, list.Values[i]);
                }

                break;
        }

        return cost;
    }

    private static bool IsComposite(GraphQLNamedType type) => type is ObjectType or InterfaceType or UnionType;

    private static double Multiply(double cost, double size) => cost == 0 || size == 0 ? 0 : cost * size;
}

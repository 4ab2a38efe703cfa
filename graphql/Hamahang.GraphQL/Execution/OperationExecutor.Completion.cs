using System.Collections;
using Hamahang.GraphQL.Error;
using Hamahang.GraphQL.Execution.Planning;
using Hamahang.GraphQL.Execution.Results;
using Hamahang.GraphQL.Types;
using static Hamahang.GraphQL.Utilities.Inspector;

namespace Hamahang.GraphQL.Execution;

/// <content>
/// "CompleteValue": non-null checks, lists, leaves, objects and abstract types.
/// See https://spec.graphql.org/September2025/#sec-Value-Completion.
/// </content>
internal sealed partial class OperationExecutor
{
    private static readonly object True = true;
    private static readonly object False = false;

    /// <summary>
    /// Completes <paramref name="value"/> for <paramref name="type"/> at slot <paramref name="index"/> of
    /// <paramref name="container"/>. False when it fails; the error is then in <see cref="_error"/>.
    /// </summary>
    private bool Complete(ResultNode container, int index, GraphQLType type, FieldPlan field, object? value, bool nullablePosition, out object? completed)
    {
        completed = null;
        if (value is Exception exception)
        {
            _error = CreateError(exception, field, container, index);
            return false;
        }

        if (type is NonNullType nonNull)
        {
            if (!Complete(container, index, nonNull.OfType, field, value, nullablePosition, out completed))
            {
                return false;
            }

            if (completed is null)
            {
                _error = LocatedError(
                    $"Cannot return null for non-nullable field {field.ParentType.Name}.{field.Field.Name}.",
                    field,
                    container,
                    index,
                    ErrorCodes.NonNullViolation);
                return false;
            }

            return true;
        }

        if (value is null)
        {
            return true;
        }

        try
        {
            switch (type)
            {
                case ScalarType scalar:
                    completed = SerializeScalar(scalar, value);
                    return true;
                case EnumType enumType:
                    completed = enumType.Serialize(value);
                    return true;
                case ListType list:
                    return CompleteList(container, index, list, field, value, nullablePosition, out completed);
                case ObjectType objectType:
                    return CompleteObject(container, index, objectType, field, value, nullablePosition, out completed);
                default:
                    var runtimeType = ResolveRuntimeType((GraphQLNamedType)type, field, value, container, index);
                    return runtimeType is not null && CompleteObject(container, index, runtimeType, field, value, nullablePosition, out completed);
            }
        }
        catch (Exception error)
        {
            _error = CreateError(error, field, container, index);
            return false;
        }
    }

    private static object? SerializeScalar(ScalarType scalar, object value)
    {
        switch (value)
        {
            case string when ReferenceEquals(scalar, BuiltInScalars.String) || ReferenceEquals(scalar, BuiltInScalars.ID):
            case int when ReferenceEquals(scalar, BuiltInScalars.Int):
            case bool when ReferenceEquals(scalar, BuiltInScalars.Boolean):
                return value;
            case double d when ReferenceEquals(scalar, BuiltInScalars.Float) && double.IsFinite(d):
                return value;
        }

        var serialized = scalar.Serialize(value);
        return serialized switch
        {
            bool b => b ? True : False,
            null => throw new GraphQLException($"Expected `{scalar.Name}.coerceOutputValue({Inspect(value)})` to return non-nullable value, returned: null"),
            _ => serialized,
        };
    }

    private bool CompleteList(ResultNode container, int index, ListType type, FieldPlan field, object value, bool nullablePosition, out object? completed)
    {
        completed = null;
        if (value is not IEnumerable enumerable || value is string || value is IDictionary)
        {
            _error = LocatedError(
                $"Expected Iterable, but did not find one for field \"{field.ParentType.Name}.{field.Field.Name}\".",
                field,
                container,
                index);
            return false;
        }

        var items = value as IList ?? enumerable.Cast<object?>().ToList();
        var list = new ResultList(items.Count, container, index, nullablePosition);
        var itemType = type.OfType;
        var nullableItems = itemType is not NonNullType;
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            if (item is Task<object?> task)
            {
                if (!CompleteField(list, i, itemType, field, task))
                {
                    return false;
                }

                continue;
            }

            if (Complete(list, i, itemType, field, item, nullableItems, out var completedItem))
            {
                list.Items[i] = completedItem;
            }
            else if (!HandleFieldError(_error!, list, i, itemType))
            {
                return false;
            }
        }

        completed = list;
        return true;
    }

    private bool CompleteObject(ResultNode container, int index, ObjectType type, FieldPlan field, object value, bool nullablePosition, out object? completed)
    {
        completed = null;
        if (type.IsTypeOf is { } isTypeOf && !isTypeOf(value))
        {
            _error = LocatedError($"Expected value of type \"{type.Name}\" but got: {Inspect(value)}.", field, container, index);
            return false;
        }

        var obj = new ResultObject(SubPlan(field, type), container, index, nullablePosition);
        if (!ExecuteFields(obj, value))
        {
            return false;
        }

        completed = obj;
        return true;
    }

    /// <summary>"ResolveAbstractType": the object type of <paramref name="value"/>; null (with <see cref="_error"/> set) when none fits.</summary>
    private ObjectType? ResolveRuntimeType(GraphQLNamedType abstractType, FieldPlan field, object value, ResultNode container, int index)
    {
        var runtimeType = _schema.ResolveAbstractType(abstractType, value);
        if (runtimeType is null)
        {
            _error = LocatedError(
                $"Abstract type \"{abstractType.Name}\" must resolve to an Object type at runtime for field \"{field.ParentType.Name}.{field.Field.Name}\". " +
                    $"Either the \"{abstractType.Name}\" type should provide a \"resolveType\" function " +
                    "or each possible type should provide an \"isTypeOf\" function.",
                field,
                container,
                index);
            return null;
        }

        if (!_schema.IsSubType(abstractType, runtimeType))
        {
            _error = LocatedError($"Runtime Object type \"{runtimeType.Name}\" is not a possible type for \"{abstractType.Name}\".", field, container, index);
            return null;
        }

        return runtimeType;
    }

    private static GraphQLError LocatedError(string message, FieldPlan field, ResultNode container, int index, string? code = null) =>
        new(message, field.Locations, container.PathOf(index), code is null ? null : new Dictionary<string, object?> { ["code"] = code });
}

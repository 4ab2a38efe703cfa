using System.Collections;
using System.Linq.Expressions;
using System.Reflection;
using Hamahang.GraphQL.Error;
using Hamahang.GraphQL.Types;

namespace Hamahang.GraphQL.Data;

/// <content>Operation inputs: <c>eq</c>, <c>in</c>, <c>gt</c>, <c>contains</c>... and their negations.</content>
public sealed partial class FilterExpressionBuilder
{
    private static readonly MethodInfo ContainsMethod = typeof(string).GetMethod(nameof(string.Contains), [typeof(string)])!;
    private static readonly MethodInfo StartsWithMethod = typeof(string).GetMethod(nameof(string.StartsWith), [typeof(string)])!;
    private static readonly MethodInfo EndsWithMethod = typeof(string).GetMethod(nameof(string.EndsWith), [typeof(string)])!;
    private static readonly MethodInfo ListContainsMethod = GetEnumerable(nameof(Enumerable.Contains), 2);

    private Expression? Operations(Expression instance, Expression access, FilterMember member, IReadOnlyDictionary<string, object?> fields)
    {
        Func<string, string>? normalize = null;
        if (member.Normalized is { } normalized)
        {
            access = executor.Member(instance, normalized.ShadowMember, typeof(string));
            normalize = normalized.CreateNormalizer().Normalize;
        }

        var operations = FilterMembers.ScalarFilter(member.Type, member.IsId)?.Operations ?? FilterOperation.Equality;
        var idType = member.IsNodeId ? schema?.GetObjectTypeByRuntimeType(member.Property.ReflectedType!)?.Name : member.IdTypeName;
        Expression? result = null;
        foreach (var (name, value) in fields)
        {
            if (name is "and" or "or" && member.Type == typeof(string))
            {
                Expression? combined = null;
                foreach (var item in NotNull<IEnumerable>(value, $"{member.Name}.{name}"))
                {
                    var itemFilter = NotNull<IReadOnlyDictionary<string, object?>>(item, $"{member.Name}.{name}");
                    var part = Operations(instance, access, member with { Normalized = null }, itemFilter) ?? Expression.Constant(true);
                    combined = combined is null ? part : name == "and" ? Expression.AndAlso(combined, part) : Expression.OrElse(combined, part);
                }

                result = And(result, combined);
                continue;
            }

            var operation = operations.FirstOrDefault(o => o.Name == name)
                ?? throw new DataException($"The filter of \"{member.Name}\" has no operation \"{name}\".");
            if (value is null && operation.RejectsNull)
            {
                throw new DataException($"The operation \"{name}\" on \"{member.Name}\" cannot take null; give a value or leave it out.");
            }

            var test = Operation(access, operation, value, normalize, member, idType);
            result = And(result, operation.Negated ? Negate(access, test, operation, value) : test);
        }

        return result;
    }

    /// <summary>The longest string a filter operation takes.</summary>
    public const int MaxStringLength = 4_000;

    private static Expression Operation(
        Expression access, FilterOperation operation, object? value, Func<string, string>? normalize, FilterMember member, string? idType)
    {
        object? Convert(object? raw)
        {
            if (idType is not null && raw is not null)
            {
                return Key(raw, idType, access.Type);
            }

            // A pattern of tens of thousands of characters is a probe, not a search (SQLite refuses LIKE patterns over 50 000 bytes).
            if (raw is string { Length: > MaxStringLength })
            {
                throw new DataException($"The value for \"{member.Name}\" is longer than {MaxStringLength} characters.");
            }

            var converted = ConvertValue(raw, access.Type, member);
            return normalize is not null && converted is string text ? normalize(text) : converted;
        }

        switch (operation.Kind)
        {
            case FilterOperationKind.In:
                var values = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(access.Type))!;
                var nullable = !access.Type.IsValueType || Nullable.GetUnderlyingType(access.Type) is not null;
                foreach (var item in (IEnumerable)value!)
                {
                    // A null item matches rows whose value is null: none, when the member cannot be null.
                    if (Convert(item) is { } converted)
                    {
                        values.Add(converted);
                    }
                    else if (nullable)
                    {
                        values.Add(null);
                    }
                }

                return Expression.Call(ListContainsMethod.MakeGenericMethod(access.Type), ValueParameter.Of(values, values.GetType()), access);
            case FilterOperationKind.Contains or FilterOperationKind.StartsWith or FilterOperationKind.EndsWith:
                var method = operation.Kind switch
                {
                    FilterOperationKind.Contains => ContainsMethod,
                    FilterOperationKind.StartsWith => StartsWithMethod,
                    _ => EndsWithMethod,
                };
                return Expression.AndAlso(
                    Expression.NotEqual(access, Expression.Constant(null, typeof(string))),
                    Expression.Call(access, method, ValueParameter.Of(Convert(value), typeof(string))));
        }

        var right = ValueParameter.Of(Convert(value), access.Type);
        return operation.Kind switch
        {
            FilterOperationKind.Equals => Expression.Equal(access, right),
            FilterOperationKind.GreaterThan => Expression.GreaterThan(access, right),
            FilterOperationKind.GreaterThanOrEqual => Expression.GreaterThanOrEqual(access, right),
            FilterOperationKind.LessThan => Expression.LessThan(access, right),
            _ => Expression.LessThanOrEqual(access, right),
        };
    }

    /// <summary>
    /// The negated forms keep rows whose value is null where the positive form cannot match them
    /// (<c>ncontains: "a"</c> keeps a null title), the same on every provider.
    /// </summary>
    private static Expression Negate(Expression access, Expression test, FilterOperation operation, object? value)
    {
        var negated = Expression.Not(test);
        var nullable = !access.Type.IsValueType || Nullable.GetUnderlyingType(access.Type) is not null;

        // nin: [.., null] names null itself, so it is not kept.
        var namesNull = operation.Kind == FilterOperationKind.In && value is IEnumerable items && items.Cast<object?>().Any(item => item is null);
        return nullable && !namesNull && operation.Kind != FilterOperationKind.Equals
            ? Expression.OrElse(Expression.Equal(access, Expression.Constant(null, access.Type)), negated)
            : negated;
    }

    /// <summary>
    /// The key a global id names, when the id is one of <paramref name="idType"/> (HotChocolate's
    /// <c>IdOperationFilterInput</c> takes global ids, never raw keys); a malformed id or one of another type is an error.
    /// </summary>
    private static object Key(object raw, string idType, Type keyType)
    {
        var id = raw as string ?? throw NodeId.Invalid(raw.ToString() ?? string.Empty);
        var (typeName, key) = NodeId.Decode(id);
        if (typeName != idType)
        {
            throw new DataException($"The id \"{id}\" is not the id of a {idType}.", ErrorCodes.InvalidId);
        }

        return NodeId.ParseKey(id, key, Nullable.GetUnderlyingType(keyType) ?? keyType);
    }

    private static object? ConvertValue(object? value, Type type, FilterMember member)
    {
        if (value is null)
        {
            return null;
        }

        try
        {
            return ValueConverter.Convert(value, type);
        }
        catch (Exception exception) when (exception is FormatException or InvalidCastException or OverflowException or ArgumentException)
        {
            throw new DataException($"The value for \"{member.Name}\" is not a valid {(Nullable.GetUnderlyingType(type) ?? type).Name}.", exception);
        }
    }
}

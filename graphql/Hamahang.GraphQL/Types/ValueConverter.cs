using System.Collections;
using System.Collections.Concurrent;
using System.Globalization;

namespace Hamahang.GraphQL.Types;

/// <summary>
/// Converts coerced input values (what <see cref="IResolverContext.Arguments"/> holds: <see cref="int"/>,
/// <see cref="double"/>, <see cref="string"/>, lists, bound CLR values) to the CLR type a resolver
/// parameter declares: <c>long</c> from <c>int</c>, <c>int[]</c> or <c>List&lt;T&gt;</c> from a list,
/// <see cref="Guid"/> from an <c>ID</c> string, <see cref="DateTime"/> from <see cref="DateTimeOffset"/>.
/// The conversion for a target type is built once and cached.
/// </summary>
public static class ValueConverter
{
    private static readonly ConcurrentDictionary<Type, Func<object?, object?>> Converters = new();

    /// <summary>Converts <paramref name="value"/> to <paramref name="target"/>.</summary>
    /// <param name="value">A coerced value.</param>
    /// <param name="target">The CLR type wanted.</param>
    public static object? Convert(object? value, Type target) => GetConverter(target)(value);

    /// <summary>The (cached) conversion to <paramref name="target"/>.</summary>
    /// <param name="target">The CLR type wanted.</param>
    public static Func<object?, object?> GetConverter(Type target)
    {
        ArgumentNullException.ThrowIfNull(target);
        return Converters.GetOrAdd(target, Create);
    }

    private static Func<object?, object?> Create(Type target)
    {
        var underlying = Nullable.GetUnderlyingType(target);
        var nonNullable = underlying ?? target;
        var defaultValue = target.IsValueType && underlying is null ? Activator.CreateInstance(target) : null;
        var elementType = GetElementType(nonNullable);
        Func<object?, object?>? elementConverter = null;
        return value =>
        {
            if (value is null)
            {
                return defaultValue;
            }

            if (nonNullable.IsInstanceOfType(value))
            {
                return value;
            }

            if (elementType is not null && value is IEnumerable items and not string)
            {
                elementConverter ??= GetConverter(elementType);
                return ConvertList(items, nonNullable, elementType, elementConverter);
            }

            return ConvertScalar(value, nonNullable);
        };
    }

    private static object ConvertScalar(object value, Type target)
    {
        if (target == typeof(Guid) && value is string guid)
        {
            return Guid.Parse(guid);
        }

        if (target == typeof(DateTime) && value is DateTimeOffset offset)
        {
            return offset.UtcDateTime;
        }

        if (target == typeof(DateTimeOffset) && value is DateTime dateTime)
        {
            return new DateTimeOffset(dateTime);
        }

        if (target == typeof(string))
        {
            return System.Convert.ToString(value, CultureInfo.InvariantCulture)!;
        }

        if (target.IsEnum)
        {
            return value is string name ? Enum.Parse(target, name, ignoreCase: true) : Enum.ToObject(target, value);
        }

        if (target == typeof(Uri) && value is string uri)
        {
            return new Uri(uri, UriKind.Absolute);
        }

        return System.Convert.ChangeType(value, target, CultureInfo.InvariantCulture);
    }

    private static object ConvertList(IEnumerable items, Type target, Type elementType, Func<object?, object?> convert)
    {
        var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(elementType))!;
        foreach (var item in items)
        {
            list.Add(convert(item));
        }

        if (target.IsArray)
        {
            var array = Array.CreateInstance(elementType, list.Count);
            list.CopyTo(array, 0);
            return array;
        }

        if (target.IsInstanceOfType(list))
        {
            return list;
        }

        return Activator.CreateInstance(target, list)!;
    }

    /// <summary>The item type when <paramref name="type"/> is an array or a generic collection (not a string or dictionary); else null.</summary>
    /// <param name="type">A CLR type.</param>
    public static Type? GetElementType(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        if (type == typeof(string) || typeof(IDictionary).IsAssignableFrom(type))
        {
            return null;
        }

        if (type.IsArray)
        {
            return type.GetElementType();
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>))
        {
            return type.GetGenericArguments()[0];
        }

        var enumerable = type.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>));
        if (enumerable is null || type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IReadOnlyDictionary<,>)))
        {
            return null;
        }

        return enumerable.GetGenericArguments()[0];
    }
}

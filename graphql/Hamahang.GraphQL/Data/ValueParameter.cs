using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;

namespace Hamahang.GraphQL.Data;

/// <summary>
/// Puts a client's value into an expression as a captured member rather than a constant, so a query
/// provider sends it as a parameter (EF Core turns closure members into SQL parameters, constants into literals).
/// </summary>
public static class ValueParameter
{
    // Each type's holder: its constructor and its Value property, found once (a filter makes one per value per request).
    private static readonly ConcurrentDictionary<Type, (Func<object?, IHolder> Create, PropertyInfo Value)> Holders = new();

    /// <summary>What a slot reads from a holder, without reflection (<see cref="QueryShape"/> reads every holder of every query).</summary>
    internal interface IHolder
    {
        object? Value { get; }
    }

    /// <summary>An expression reading <paramref name="value"/> as a parameter of type <paramref name="type"/>.</summary>
    /// <param name="value">The value, already of <paramref name="type"/> (or null).</param>
    /// <param name="type">The parameter's CLR type.</param>
    public static Expression Of(object? value, Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        var (create, property) = Holders.GetOrAdd(type, static t =>
        {
            var holder = typeof(Holder<>).MakeGenericType(t);
            var factory = holder.GetMethod(nameof(Holder<int>.Create), BindingFlags.Public | BindingFlags.Static)!.CreateDelegate<Func<object?, IHolder>>();
            return (factory, holder.GetProperty(nameof(Holder<int>.Value))!);
        });
        return Expression.Property(Expression.Constant(create(value)), property);
    }

    /// <summary>The value a holder's <c>Value</c> read gives, when <paramref name="read"/> is one.</summary>
    internal static bool TryRead(MemberExpression read, out object? value)
    {
        if (read.Expression is ConstantExpression { Value: IHolder holder } && read.Member.Name == nameof(IHolder.Value))
        {
            value = holder.Value;
            return true;
        }

        value = null;
        return false;
    }

    private sealed class Holder<T>(T value) : IHolder
    {
        public T Value { get; } = value;

        object? IHolder.Value => Value;

        public static Holder<T> Create(object? value) => new((T)value!);
    }
}

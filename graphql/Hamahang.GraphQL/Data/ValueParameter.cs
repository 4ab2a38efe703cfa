using System.Linq.Expressions;

namespace Hamahang.GraphQL.Data;

/// <summary>
/// Puts a client's value into an expression as a captured member rather than a constant, so a query
/// provider sends it as a parameter (EF Core turns closure members into SQL parameters, constants into literals).
/// </summary>
public static class ValueParameter
{
    /// <summary>An expression reading <paramref name="value"/> as a parameter of type <paramref name="type"/>.</summary>
    /// <param name="value">The value, already of <paramref name="type"/> (or null).</param>
    /// <param name="type">The parameter's CLR type.</param>
    public static Expression Of(object? value, Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        var holder = Activator.CreateInstance(typeof(Holder<>).MakeGenericType(type), value)!;
        return Expression.Property(Expression.Constant(holder), "Value");
    }

    private sealed class Holder<T>(T value)
    {
        public T Value { get; } = value;
    }
}

using System.Collections;
using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;

namespace Hamahang.GraphQL.Types;

/// <summary>
/// The resolver used when a field has none: it reads the field's name from the parent, as graphql-js's
/// <c>defaultFieldResolver</c> does: a dictionary entry, or a public property (or parameterless
/// method) whose name matches the field's name ignoring case. Property getters are compiled once per
/// CLR type and field name. See https://spec.graphql.org/September2025/#ResolveFieldValue().
/// </summary>
public static class DefaultResolvers
{
    private static readonly ConcurrentDictionary<(Type, string), PureFieldResolver> Readers = new();

    /// <summary>Reads <paramref name="fieldName"/> from <paramref name="parent"/>; null when there is nothing to read.</summary>
    /// <param name="parent">The parent value.</param>
    /// <param name="fieldName">The field's name.</param>
    public static object? ReadMember(object? parent, string fieldName)
    {
        ArgumentNullException.ThrowIfNull(fieldName);
        switch (parent)
        {
            case null:
                return null;
            case IReadOnlyDictionary<string, object?> map:
                return map.GetValueOrDefault(fieldName);
            case IDictionary map:
                return map.Contains(fieldName) ? map[fieldName] : null;
            default:
                return Readers.GetOrAdd((parent.GetType(), fieldName), static key => CompileReader(key.Item1, key.Item2))(parent);
        }
    }

    /// <summary>A compiled getter for member <paramref name="fieldName"/> of <paramref name="type"/> (case-insensitive), or one returning null.</summary>
    /// <param name="type">The parent's CLR type.</param>
    /// <param name="fieldName">The field's name.</param>
    public static PureFieldResolver CompileReader(Type type, string fieldName)
    {
        ArgumentNullException.ThrowIfNull(type);
        const BindingFlags flags = BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase;
        var property = type.GetProperty(fieldName, flags);
        MemberInfo? member = property is { CanRead: true } && property.GetIndexParameters().Length == 0 ? property : null;
        member ??= type.GetMethod(fieldName, flags, Type.EmptyTypes);
        if (member is null)
        {
            return static _ => null;
        }

        var parent = Expression.Parameter(typeof(object), "parent");
        var typed = Expression.Convert(parent, type);
        Expression read = member is PropertyInfo p ? Expression.Property(typed, p) : Expression.Call(typed, (MethodInfo)member);
        return Expression.Lambda<PureFieldResolver>(Expression.Convert(read, typeof(object)), parent).Compile();
    }

    /// <summary>
    /// The field's resolution as a <see cref="FieldResolver"/>, for conventions that wrap it: its resolver, else its
    /// pure resolver, else <see cref="ReadMember"/>.
    /// </summary>
    /// <param name="field">The field.</param>
    public static FieldResolver AsResolver(FieldDefinition field)
    {
        ArgumentNullException.ThrowIfNull(field);
        if (field.Resolver is { } resolver)
        {
            return resolver;
        }

        var name = field.Name;
        return field.PureResolver is { } pure
            ? c => new ValueTask<object?>(pure(c.Parent))
            : c => new ValueTask<object?>(ReadMember(c.Parent, name));
    }
}

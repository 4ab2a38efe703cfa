using System.Collections.Concurrent;
using System.ComponentModel.DataAnnotations;
using System.Reflection;

namespace Hamahang.GraphQL.Data;

/// <summary>
/// Finds an entity's primary key member, which ends every sort (so keyset pages are stable), identifies
/// nodes and is always projected: a property marked <see cref="KeyAttribute"/>, else <c>Id</c>, else
/// <c>{Type}Id</c>.
/// </summary>
public static class EntityKeys
{
    private static readonly ConcurrentDictionary<Type, PropertyInfo?> Keys = new();

    /// <summary>The key property of <paramref name="type"/>, or null when it has none.</summary>
    /// <param name="type">The entity's CLR type.</param>
    public static PropertyInfo? Find(Type type) => Keys.GetOrAdd(type, static t =>
    {
        var properties = t.GetProperties(BindingFlags.Public | BindingFlags.Instance);
        return Array.Find(properties, p => p.IsDefined(typeof(KeyAttribute), true))
            ?? Array.Find(properties, p => p.Name == "Id")
            ?? Array.Find(properties, p => p.Name == t.Name + "Id");
    });
}

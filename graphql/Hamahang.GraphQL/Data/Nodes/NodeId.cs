using Hamahang.GraphQL.Error;
using Hamahang.GraphQL.Types;

namespace Hamahang.GraphQL.Data;

/// <summary>
/// Global object ids as HotChocolate makes them: base64 of <c>TypeName:key</c>, opaque to clients. A malformed id
/// is a <see cref="DataException"/>, never a crash. See https://graphql.org/learn/global-object-identification/.
/// </summary>
public static class NodeId
{
    /// <summary>The id of the <paramref name="typeName"/> object whose key is <paramref name="key"/>.</summary>
    /// <param name="typeName">The GraphQL type's name.</param>
    /// <param name="key">The key value.</param>
    public static string Encode(string typeName, object key) => GlobalId.Encode(typeName, key);

    /// <summary>The type name and key text an id holds.</summary>
    /// <param name="id">The client's id.</param>
    /// <exception cref="DataException">The id is not one this server made.</exception>
    public static (string TypeName, string Key) Decode(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return GlobalId.TryDecode(id, out var typeName, out var key) ? (typeName, key) : throw Invalid(id);
    }

    /// <summary>The key of an id, converted to <paramref name="keyType"/>.</summary>
    /// <param name="id">The client's id (for the message).</param>
    /// <param name="key">The key text.</param>
    /// <param name="keyType">The key's CLR type.</param>
    public static object ParseKey(string id, string key, Type keyType)
    {
        ArgumentNullException.ThrowIfNull(keyType);
        return GlobalId.TryParseKey(key, keyType, out var value) ? value : throw Invalid(id);
    }

    internal static DataException Invalid(string id) => new($"The id \"{id}\" is not valid.", ErrorCodes.InvalidId);
}

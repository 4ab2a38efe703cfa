using System.Globalization;
using System.Text;

namespace Hamahang.GraphQL.Types;

/// <summary>
/// The text of a global object id as HotChocolate writes it: base64 of <c>TypeName:key</c>. The type system
/// writes it for members marked <c>[ID("Type")]</c>; <c>Hamahang.GraphQL.Data.NodeId</c> also reads it back.
/// </summary>
public static class GlobalId
{
    /// <summary>The id of the <paramref name="typeName"/> object whose key is <paramref name="key"/>.</summary>
    /// <param name="typeName">The GraphQL type's name.</param>
    /// <param name="key">The key value.</param>
    public static string Encode(string typeName, object key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var text = key is IFormattable formattable ? formattable.ToString(null, CultureInfo.InvariantCulture) : key.ToString();
        return Convert.ToBase64String(Encoding.UTF8.GetBytes(typeName + ":" + text));
    }

    /// <summary>The type name and key text an id holds, or false when it is not one <see cref="Encode"/> made.</summary>
    /// <param name="id">The client's id.</param>
    /// <param name="typeName">The GraphQL type's name.</param>
    /// <param name="key">The key as text.</param>
    public static bool TryDecode(string id, out string typeName, out string key)
    {
        ArgumentNullException.ThrowIfNull(id);
        (typeName, key) = (string.Empty, string.Empty);
        var bytes = new byte[(id.Length * 3 / 4) + 3];
        if (!Convert.TryFromBase64String(id, bytes, out var written))
        {
            return false;
        }

        string text;
        try
        {
            text = new UTF8Encoding(false, true).GetString(bytes, 0, written);
        }
        catch (DecoderFallbackException)
        {
            return false;
        }

        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || colon >= text.Length - 1)
        {
            return false;
        }

        (typeName, key) = (text[..colon], text[(colon + 1)..]);
        return true;
    }

    /// <summary>
    /// The formatter of an input marked <c>[ID]</c>, HotChocolate's global id formatter: each id (one, or each of a
    /// list) must be a global id, of <paramref name="typeName"/> when one is given; an input of CLR type
    /// <c>int</c>, <c>long</c> or <see cref="Guid"/> (or a nullable or list of them) receives the key the id holds,
    /// any other (<c>string</c>) the id's text. Null when there is nothing to check or decode (an untyped string).
    /// </summary>
    /// <param name="typeName">The GraphQL type the ids must name, or null for an id of any type.</param>
    /// <param name="runtimeType">The CLR type of the parameter or property.</param>
    public static Func<object?, object?>? Formatter(string? typeName, Type runtimeType)
    {
        ArgumentNullException.ThrowIfNull(runtimeType);
        var element = ValueConverter.GetElementType(runtimeType) ?? runtimeType;
        var key = Nullable.GetUnderlyingType(element) ?? element;
        var keyType = key == typeof(int) || key == typeof(long) || key == typeof(Guid) ? key : null;
        if (keyType is null && typeName is null)
        {
            return null;
        }

        object? Format(object? id) => id is null ? null : Decode(id, typeName, keyType);
        return value => value is string one ? Format(one) : ((System.Collections.IEnumerable)value!).Cast<object?>().Select(Format).ToList();
    }

    /// <summary>The key text of an id as <paramref name="keyType"/>, or false when it is not one.</summary>
    /// <param name="key">The key text (<see cref="TryDecode"/>).</param>
    /// <param name="keyType">The key's CLR type.</param>
    /// <param name="value">The key.</param>
    public static bool TryParseKey(string key, Type keyType, out object value)
    {
        ArgumentNullException.ThrowIfNull(keyType);
        try
        {
            value = keyType == typeof(Guid) ? Guid.Parse(key, CultureInfo.InvariantCulture) : Convert.ChangeType(key, keyType, CultureInfo.InvariantCulture);
            return true;
        }
        catch (Exception exception) when (exception is FormatException or OverflowException or InvalidCastException)
        {
            value = key;
            return false;
        }
    }

    private static object Decode(object id, string? typeName, Type? keyType)
    {
        if (id is not string text || !TryDecode(text, out var named, out var key))
        {
            throw InvalidFormat();
        }

        if (typeName is not null && named != typeName)
        {
            throw new CoercionException($"The node id type name `{named}` does not match the expected type name `{typeName}`.")
            {
                Code = Error.ErrorCodes.InvalidId,
            };
        }

        if (keyType is null)
        {
            return text;
        }

        return TryParseKey(key, keyType, out var value) ? value : throw InvalidFormat();
    }

    private static CoercionException InvalidFormat() => new("The node ID string has an invalid format.") { Code = Error.ErrorCodes.InvalidId };
}

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
    /// The formatter of an input marked <c>[ID("Type")]</c>: an id (or each id of a list) must be an id of
    /// <paramref name="typeName"/>, as HotChocolate's global id formatter requires; it stays the id itself.
    /// </summary>
    /// <param name="typeName">The GraphQL type the ids must name.</param>
    public static Func<object?, object?> Formatter(string typeName) => value =>
    {
        foreach (var id in value is string one ? [one] : ((System.Collections.IEnumerable)value!).Cast<object?>())
        {
            if (id is not null && (id is not string text || !TryDecode(text, out var named, out _) || named != typeName))
            {
                throw new CoercionException($"The id {Utilities.Inspector.Inspect(id)} is not an id of {typeName}.");
            }
        }

        return value;
    };
}

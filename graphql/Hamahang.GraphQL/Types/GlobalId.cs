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
}

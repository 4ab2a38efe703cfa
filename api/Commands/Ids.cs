using System.Globalization;
using Hamahang.GraphQL.Data;

namespace Hamahang.Api.Commands;

/// <summary>
/// The global ids inputs carry (<c>base64("Meeting:12")</c>, as the <c>id</c> fields give them): a
/// validator checks that an id is one of the type it should be; a command reads its key.
/// </summary>
public static class Ids
{
    public static string Of(string type, int key) => NodeId.Encode(type, key);

    public static bool TryKey(string? id, string type, out int key)
    {
        key = 0;
        if (string.IsNullOrEmpty(id))
        {
            return false;
        }

        try
        {
            var (typeName, text) = NodeId.Decode(id);
            return typeName == type && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out key) && key > 0;
        }
        catch (DataException)
        {
            return false;
        }
    }

    /// <summary>The key of an id its validator already accepted.</summary>
    public static int Key(string id, string type) =>
        TryKey(id, type, out var key) ? key : throw new ArgumentException($"\"{id}\" is not a {type} id.", nameof(id));

    public static int? KeyOrNull(string? id, string type) => id is null ? null : Key(id, type);
}

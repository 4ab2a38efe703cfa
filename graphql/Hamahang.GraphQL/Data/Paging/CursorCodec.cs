using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Hamahang.GraphQL.Error;

namespace Hamahang.GraphQL.Data;

/// <summary>
/// Keyset cursors: the values of an edge's sort keys and the order they belong to, as JSON, signed with
/// HMAC-SHA256 and base64url-encoded. Opaque to clients; a cursor from another order or one whose bytes
/// changed is refused with a <see cref="DataException"/>, never read as a wrong page.
/// </summary>
/// <param name="key">The signing key (<see cref="PagingOptions.CursorKey"/>).</param>
public sealed class CursorCodec(ReadOnlyMemory<byte> key)
{
    private const int MacLength = 16;

    /// <summary>The cursor of a row whose keys <paramref name="keys"/> have the values <paramref name="values"/>.</summary>
    /// <param name="keys">The order.</param>
    /// <param name="values">The row's key values, one per key.</param>
    public string Encode(IReadOnlyList<SortKey> keys, IReadOnlyList<object?> values)
    {
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(values);
        var parts = new string?[values.Count + 1];
        parts[0] = Signature(keys);
        for (var i = 0; i < values.Count; i++)
        {
            parts[i + 1] = Format(values[i]);
        }

        var payload = JsonSerializer.SerializeToUtf8Bytes(parts);
        var mac = HMACSHA256.HashData(key.Span, payload).AsSpan(0, MacLength);
        return Base64Url.EncodeToString([.. payload, .. mac]);
    }

    /// <summary>The key values <paramref name="cursor"/> holds, typed as <paramref name="keys"/> declare.</summary>
    /// <param name="keys">The order the cursor must belong to.</param>
    /// <param name="cursor">The client's cursor.</param>
    /// <exception cref="DataException">The cursor is malformed, changed, or from another order.</exception>
    public object?[] Decode(IReadOnlyList<SortKey> keys, string cursor)
    {
        ArgumentNullException.ThrowIfNull(keys);
        byte[] bytes;
        try
        {
            bytes = Base64Url.DecodeFromChars(cursor);
        }
        catch (FormatException exception)
        {
            throw new DataException("The cursor is not valid.", ErrorCodes.InvalidCursor, exception);
        }

        if (bytes.Length <= MacLength
            || !CryptographicOperations.FixedTimeEquals(
                HMACSHA256.HashData(key.Span, bytes.AsSpan(0, bytes.Length - MacLength)).AsSpan(0, MacLength),
                bytes.AsSpan(bytes.Length - MacLength)))
        {
            throw new DataException("The cursor is not valid.", ErrorCodes.InvalidCursor);
        }

        var parts = JsonSerializer.Deserialize<string?[]>(bytes.AsSpan(0, bytes.Length - MacLength))!;
        if (parts.Length != keys.Count + 1 || parts[0] != Signature(keys))
        {
            throw new DataException("The cursor belongs to another order; request the first page again with this order.", ErrorCodes.InvalidCursor);
        }

        var values = new object?[keys.Count];
        for (var i = 0; i < keys.Count; i++)
        {
            values[i] = Parse(parts[i + 1], keys[i].Type);
        }

        return values;
    }

    private static string Signature(IReadOnlyList<SortKey> keys) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join(',', keys))).AsSpan(0, 8));

    private static string? Format(object? value) => value switch
    {
        null => null,
        DateTime dateTime => dateTime.ToString("O", CultureInfo.InvariantCulture),
        DateTimeOffset offset => offset.ToString("O", CultureInfo.InvariantCulture),
        Enum e => Convert.ToInt64(e, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    private static object? Parse(string? text, Type type)
    {
        if (text is null)
        {
            return null;
        }

        var target = Nullable.GetUnderlyingType(type) ?? type;
        return target switch
        {
            _ when target == typeof(string) => text,
            _ when target == typeof(DateTime) => DateTime.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
            _ when target == typeof(DateTimeOffset) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
            _ when target == typeof(DateOnly) => DateOnly.Parse(text, CultureInfo.InvariantCulture),
            _ when target == typeof(Guid) => Guid.Parse(text),
            _ when target.IsEnum => Enum.ToObject(target, long.Parse(text, CultureInfo.InvariantCulture)),
            _ => Convert.ChangeType(text, target, CultureInfo.InvariantCulture),
        };
    }
}

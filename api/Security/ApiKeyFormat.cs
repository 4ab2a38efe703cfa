using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace Hamahang.Api.Security;

/// <summary>
/// An API key is <c>hmh_</c> and 32 random bytes in base64url (47 characters). Only its SHA-256
/// hash is stored, with its first characters (<see cref="PrefixOf"/>) to find the record by.
/// </summary>
public static class ApiKeyFormat
{
    public const string Marker = "hmh_";

    public const int Length = 47;

    private const int PrefixLength = 12;

    public static string NewKey() => Marker + WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));

    public static bool LooksLikeKey(string? key) =>
        key is { Length: Length } && key.StartsWith(Marker, StringComparison.Ordinal);

    public static string PrefixOf(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return key[..PrefixLength];
    }

    public static string HashOf(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
}

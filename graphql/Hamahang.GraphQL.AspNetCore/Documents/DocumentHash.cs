using System.Security.Cryptography;
using System.Text;

namespace Hamahang.GraphQL.AspNetCore.Documents;

/// <summary>The hash that names a document: the SHA-256 of its UTF-8 text, as lowercase hex.</summary>
public static class DocumentHash
{
    /// <summary>The prefix of a <c>documentId</c> that names a document by its SHA-256.</summary>
    public const string Sha256Prefix = "sha256:";

    /// <summary>The SHA-256 of <paramref name="document"/>'s UTF-8 bytes as 64 lowercase hex digits.</summary>
    /// <param name="document">The document's text.</param>
    /// <returns>The hash.</returns>
    public static string Sha256(string document)
    {
        ArgumentNullException.ThrowIfNull(document);
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(document), hash);
        return Convert.ToHexStringLower(hash);
    }

    /// <summary>True when <paramref name="hash"/> is 64 hex digits (either case).</summary>
    /// <param name="hash">The text to check.</param>
    /// <returns>Whether it has the shape of a SHA-256.</returns>
    public static bool IsSha256(string hash) => hash.Length == 64 && hash.All(char.IsAsciiHexDigit);
}

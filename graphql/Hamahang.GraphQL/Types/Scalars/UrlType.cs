using Hamahang.GraphQL.Language;
using static Hamahang.GraphQL.Utilities.Inspector;

namespace Hamahang.GraphQL.Types.Scalars;

/// <summary>
/// <c>URL</c>: an absolute URL, bound to <see cref="Uri"/>. Specified by
/// https://tools.ietf.org/html/rfc3986; custom scalars are described in
/// https://spec.graphql.org/September2025/#sec-Scalars.Custom-Scalars.
/// </summary>
public sealed class UrlType : ScalarType
{
    /// <summary>Creates the scalar; use <see cref="BuiltInScalars.Url"/>.</summary>
    internal UrlType()
        : base("URL")
    {
        SpecifiedByUrl = "https://tools.ietf.org/html/rfc3986";
        RuntimeType = typeof(Uri);
    }

    /// <inheritdoc />
    public override object? Serialize(object? value) => value switch
    {
        Uri { IsAbsoluteUri: true } uri => uri.AbsoluteUri,
        string s when Uri.TryCreate(s, UriKind.Absolute, out var uri) => uri.AbsoluteUri,
        _ => throw new CoercionException($"URL cannot represent value: {Inspect(value)}"),
    };

    /// <inheritdoc />
    public override object? ParseValue(object? value) => value switch
    {
        string s when Uri.TryCreate(s, UriKind.Absolute, out var uri) => uri,
        string s => throw new CoercionException($"URL cannot represent an invalid URL string: {Inspect(s)}"),
        _ => throw new CoercionException($"URL cannot represent non-string value: {Inspect(value)}"),
    };

    /// <inheritdoc />
    public override object? ParseLiteral(ValueNode literal) =>
        literal is StringValueNode s ? ParseValue(s.Value) : throw LiteralError("URL cannot represent non-string value: ", literal);
}

namespace Hamahang.GraphQL.Language;

/// <summary>
/// A position in a document as errors report it: the 1-based line, and the 1-based column counted
/// in UTF-16 code units, as graphql-js counts them.
/// See https://spec.graphql.org/September2025/#sec-Errors.Error-Result-Format .
/// </summary>
/// <param name="Line">The 1-based line; lines end at "\r\n", "\n" or "\r".</param>
/// <param name="Column">The 1-based column in UTF-16 code units.</param>
public readonly record struct SourceLocation(int Line, int Column);

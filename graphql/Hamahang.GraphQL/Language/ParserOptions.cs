namespace Hamahang.GraphQL.Language;

/// <summary>
/// Limits and switches for <see cref="Parser"/>. The limits hold for every input: a document
/// beyond one is rejected with a syntax error that names the limit, never with a stack overflow.
/// </summary>
public sealed record ParserOptions
{
    /// <summary>The options used when none are given: the limits below, locations on, empty selection sets allowed.</summary>
    public static ParserOptions Default { get; } = new();

    /// <summary>
    /// The largest document accepted, in UTF-16 code units (default 1 048 576, about 1 MB of text).
    /// Reported as "Source contains more than N UTF-16 code units. Parsing aborted." (graphql-js's wording).
    /// </summary>
    public int MaxDocumentSize { get; init; } = 1_048_576;

    /// <summary>
    /// The most lexical tokens accepted, comments excluded (default 15 000: a large operation
    /// has a few thousand; raise it to parse a large schema's SDL).
    /// Reported as "Document contains more than N tokens. Parsing aborted." (graphql-js's wording).
    /// </summary>
    public int MaxTokens { get; init; } = 15_000;

    /// <summary>
    /// The deepest nesting accepted (default 256), counting each selection set, list value,
    /// object value and list type that encloses another. Reported as
    /// "Document contains more than N levels of nesting. Parsing aborted."
    /// Whatever the value, the parser also stops with that error before the thread's stack runs out.
    /// </summary>
    public int MaxDepth { get; init; } = 256;

    /// <summary>When true, nodes carry no <see cref="Location"/> (parsing allocates a little less).</summary>
    public bool NoLocation { get; init; }

    /// <summary>
    /// Whether <c>{}</c> is accepted as a selection set (default true, as graphql-js 17 does; the
    /// specification's grammar asks for at least one selection).
    /// </summary>
    public bool AllowEmptySelectionSets { get; init; } = true;
}

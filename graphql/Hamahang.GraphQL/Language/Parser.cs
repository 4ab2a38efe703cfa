using System.Runtime.CompilerServices;
using System.Text;

namespace Hamahang.GraphQL.Language;

/// <summary>
/// The recursive-descent parser of GraphQL documents: executable documents, type system
/// documents and extensions, values, types and schema coordinates. Errors are
/// <see cref="GraphQLSyntaxException"/>s worded as graphql-js words them.
/// See https://spec.graphql.org/September2025/#sec-Appendix-Grammar-Summary .
/// </summary>
public sealed partial class Parser
{
    private readonly Source _source;
    private readonly ParserOptions _options;
    private readonly int _maxTokens;
    private readonly bool _noLocation;
    private readonly string?[] _names = NameCache.ForThisThread();
    // The list stack is reused by the next parse on the same thread (taken, so a parse inside a
    // parse gets its own; given back only after a parse that succeeded and left it empty).
    [ThreadStatic]
    private static NodeSlot[]? s_spareStack;

    private NodeSlot[] _stack;
    private int _stackCount;
    private Lexer _lexer;
    private int _tokenCount;
    private int _depth;

    private Parser(Source source, ParserOptions? options, bool coordinates = false)
    {
        ArgumentNullException.ThrowIfNull(source);
        _source = source;
        _options = options ?? ParserOptions.Default;
        if (source.Body.Length > _options.MaxDocumentSize)
        {
            throw new GraphQLSyntaxException(
                source,
                _options.MaxDocumentSize,
                $"Source contains more than {_options.MaxDocumentSize} UTF-16 code units. Parsing aborted.");
        }

        _stack = s_spareStack ?? new NodeSlot[64];
        s_spareStack = null;
        _maxTokens = _options.MaxTokens;
        _noLocation = _options.NoLocation;
        _lexer = new Lexer(source, coordinates);
    }

    /// <summary>Parses a document: Document : Definition+</summary>
    /// <param name="source">The document text.</param>
    /// <param name="options">Limits and switches; <see cref="ParserOptions.Default"/> when null.</param>
    /// <exception cref="GraphQLSyntaxException">The text is not a document, or exceeds a limit.</exception>
    public static DocumentNode Parse(string source, ParserOptions? options = null) =>
        Parse(new Source(source), options);

    /// <summary>Parses a document: Document : Definition+</summary>
    /// <param name="source">The document.</param>
    /// <param name="options">Limits and switches; <see cref="ParserOptions.Default"/> when null.</param>
    /// <exception cref="GraphQLSyntaxException">The text is not a document, or exceeds a limit.</exception>
    public static DocumentNode Parse(Source source, ParserOptions? options = null) =>
        new Parser(source, options).ParseDocument();

    /// <summary>
    /// Parses a document sent as UTF-8 (an HTTP body, a file): Document : Definition+
    /// Invalid UTF-8 sequences become U+FFFD, as a browser's or node's decoder makes them. The size
    /// limit is checked on the bytes before anything is decoded.
    /// </summary>
    /// <param name="utf8Source">The document's UTF-8 bytes (a leading byte order mark is ignored as the grammar ignores it).</param>
    /// <param name="options">Limits and switches; <see cref="ParserOptions.Default"/> when null.</param>
    /// <exception cref="GraphQLSyntaxException">The text is not a document, or exceeds a limit.</exception>
    public static DocumentNode Parse(ReadOnlySpan<byte> utf8Source, ParserOptions? options = null)
    {
        var limit = (options ?? ParserOptions.Default).MaxDocumentSize;
        if (utf8Source.Length > limit && Encoding.UTF8.GetCharCount(utf8Source) > limit)
        {
            // Decode only as much as the error's line and column need (a code unit takes at most three bytes).
            var prefix = utf8Source[..(int)Math.Min(utf8Source.Length, 3L * (limit + 1L))];
            throw new GraphQLSyntaxException(
                new Source(Encoding.UTF8.GetString(prefix)),
                limit,
                $"Source contains more than {limit} UTF-16 code units. Parsing aborted.");
        }

        return Parse(new Source(Encoding.UTF8.GetString(utf8Source)), options);
    }

    /// <summary>Parses a value on its own, variables allowed: Value[~Const]</summary>
    /// <param name="source">The value's text, e.g. <c>[1, $a, { b: "c" }]</c>.</param>
    /// <param name="options">Limits and switches; <see cref="ParserOptions.Default"/> when null.</param>
    /// <exception cref="GraphQLSyntaxException">The text is not one value.</exception>
    public static ValueNode ParseValue(string source, ParserOptions? options = null) =>
        new Parser(new Source(source), options).ParseWhole(static p => p.ParseValueLiteral(isConst: false));

    /// <summary>Parses a constant value on its own: Value[Const]</summary>
    /// <param name="source">The value's text, e.g. <c>{ a: [1, 2] }</c>.</param>
    /// <param name="options">Limits and switches; <see cref="ParserOptions.Default"/> when null.</param>
    /// <exception cref="GraphQLSyntaxException">The text is not one constant value.</exception>
    public static ValueNode ParseConstValue(string source, ParserOptions? options = null) =>
        new Parser(new Source(source), options).ParseWhole(static p => p.ParseValueLiteral(isConst: true));

    /// <summary>Parses a type reference on its own: Type : NamedType | ListType | NonNullType</summary>
    /// <param name="source">The type's text, e.g. <c>[String!]!</c>.</param>
    /// <param name="options">Limits and switches; <see cref="ParserOptions.Default"/> when null.</param>
    /// <exception cref="GraphQLSyntaxException">The text is not one type.</exception>
    public static TypeNode ParseType(string source, ParserOptions? options = null) =>
        new Parser(new Source(source), options).ParseWhole(static p => p.ParseTypeReference());

    /// <summary>
    /// Parses a schema coordinate: <c>Type</c>, <c>Type.field</c>, <c>Type.field(arg:)</c>,
    /// <c>@directive</c> or <c>@directive(arg:)</c>. No white space is allowed in a coordinate.
    /// See https://spec.graphql.org/September2025/#sec-Schema-Coordinates .
    /// </summary>
    /// <param name="source">The coordinate's text.</param>
    /// <exception cref="GraphQLSyntaxException">The text is not a schema coordinate.</exception>
    public static SchemaCoordinateNode ParseSchemaCoordinate(string source) =>
        new Parser(new Source(source), null, coordinates: true).ParseWhole(static p => p.ParseSchemaCoordinateNode());

    private T ParseWhole<T>(Func<Parser, T> parse)
    {
        ExpectToken(TokenKind.StartOfFile);
        var node = parse(this);
        ExpectToken(TokenKind.EndOfFile);
        GiveBackStack();
        return node;
    }

    private void GiveBackStack()
    {
        if (_stackCount == 0 && _stack.Length <= 4096)
        {
            s_spareStack = _stack;
        }
    }

    /// <summary>Name : /[_A-Za-z][_0-9A-Za-z]*/</summary>
    private NameNode ParseName()
    {
        var start = _lexer.Start;
        if (_lexer.Kind != TokenKind.Name)
        {
            throw ExpectedError(TokenKind.Name);
        }

        var value = NameCache.Get(_names, _lexer.Text, _lexer.NameHash);
        Advance();
        return new NameNode { Value = value, Location = Loc(start) };
    }

    /// <summary>The location from an offset to the end of the last token read.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private Location Loc(int start) =>
        _noLocation ? default : new Location(start, _lexer.PreviousEnd, _source);

    private bool Peek(TokenKind kind) => _lexer.Kind == kind;

    private void Advance()
    {
        _lexer.Advance();
        if (_lexer.Kind != TokenKind.EndOfFile && ++_tokenCount > _maxTokens)
        {
            throw _lexer.Error(_lexer.Start, $"Document contains more than {_maxTokens} tokens. Parsing aborted.");
        }
    }

    private void ExpectToken(TokenKind kind)
    {
        if (_lexer.Kind != kind)
        {
            throw ExpectedError(kind);
        }

        Advance();
    }

    private GraphQLSyntaxException ExpectedError(TokenKind kind) =>
        _lexer.Error(_lexer.Start, $"Expected {TokenKinds.Describe(kind)}, found {_lexer.Describe()}.");

    private bool ExpectOptionalToken(TokenKind kind)
    {
        if (_lexer.Kind != kind)
        {
            return false;
        }

        Advance();
        return true;
    }

    private void ExpectKeyword(string keyword)
    {
        if (!_lexer.IsKeyword(keyword))
        {
            throw _lexer.Error(_lexer.Start, $"Expected \"{keyword}\", found {_lexer.Describe()}.");
        }

        Advance();
    }

    private bool ExpectOptionalKeyword(string keyword)
    {
        if (!_lexer.IsKeyword(keyword))
        {
            return false;
        }

        Advance();
        return true;
    }

    /// <summary>Whether the current token's value (of any kind, as graphql-js checks it) is <paramref name="value"/>.</summary>
    private bool TokenValueIs(string value) =>
        _lexer.Kind == TokenKind.Name ? _lexer.IsKeyword(value) : _lexer.Value == value;

    private GraphQLSyntaxException Unexpected() => Unexpected(_lexer);

    private static GraphQLSyntaxException Unexpected(in Lexer token) =>
        token.Error(token.Start, $"Unexpected {token.Describe()}.");

    /// <summary>Enters one level of nesting, failing when it is one too many (or the stack runs low).</summary>
    private void EnterNesting()
    {
        if (++_depth > _options.MaxDepth)
        {
            throw _lexer.Error(_lexer.Start, $"Document contains more than {_options.MaxDepth} levels of nesting. Parsing aborted.");
        }

        // Asking the runtime about the stack costs a thread-local read; every 32 levels is enough.
        if ((_depth & 31) == 0 && !RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw _lexer.Error(_lexer.Start, $"Document nests {_depth} levels deep, more than the parser's stack holds. Parsing aborted.");
        }
    }

    private void ExitNesting() => _depth--;
}

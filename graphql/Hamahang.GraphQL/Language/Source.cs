namespace Hamahang.GraphQL.Language;

/// <summary>
/// The text of a GraphQL document, with the means to turn an offset into a line and column.
/// See https://spec.graphql.org/September2025/#sec-Language.Source-Text .
/// </summary>
public sealed class Source
{
    // Offsets of every line break ("\r\n", "\n" or "\r") and of the line that follows each one,
    // built on first use (most documents never need a line number).
    private int[]? _breaks;
    private int[]? _lineStarts;

    /// <summary>Wraps document text.</summary>
    /// <param name="body">The document text.</param>
    /// <param name="name">A name for the document in messages, "GraphQL request" by default.</param>
    public Source(string body, string name = "GraphQL request")
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(name);
        Body = body;
        Name = name;
    }

    /// <summary>The document text.</summary>
    public string Body { get; }

    /// <summary>The name of the document in messages.</summary>
    public string Name { get; }

    /// <summary>
    /// The line and column of an offset: the line counts the line breaks that start before the
    /// offset, the column is the offset's distance in UTF-16 code units from the start of its line, plus one.
    /// </summary>
    /// <param name="offset">An offset into <see cref="Body"/> in UTF-16 code units.</param>
    public SourceLocation GetLocation(int offset)
    {
        if (_breaks is null)
        {
            IndexLines();
        }

        // The number of line breaks whose first character is before the offset.
        int low = 0, high = _breaks!.Length;
        while (low < high)
        {
            var mid = (low + high) >>> 1;
            if (_breaks[mid] < offset)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        var lineStart = low == 0 ? 0 : _lineStarts![low - 1];
        return new SourceLocation(low + 1, offset + 1 - lineStart);
    }

    private void IndexLines()
    {
        var breaks = new List<int>();
        var lineStarts = new List<int>();
        var body = Body.AsSpan();
        for (var i = 0; i < body.Length; i++)
        {
            var c = body[i];
            if (c == '\n' || c == '\r')
            {
                breaks.Add(i);
                if (c == '\r' && i + 1 < body.Length && body[i + 1] == '\n')
                {
                    i++;
                }

                lineStarts.Add(i + 1);
            }
        }

        _lineStarts = [.. lineStarts];
        _breaks = [.. breaks];
    }
}

namespace Hamahang.GraphQL.Language;

/// <summary>
/// Where a syntax node stands in its document: the offsets (in UTF-16 code units) of its first
/// character and of the character after its last, and the document itself, so a line and column
/// can be computed. A default value (no <see cref="Source"/>) means the node carries no location.
/// </summary>
public readonly struct Location : IEquatable<Location>
{
    /// <summary>Creates a location.</summary>
    /// <param name="start">The offset of the node's first character.</param>
    /// <param name="end">The offset just after the node's last character.</param>
    /// <param name="source">The document the offsets refer to.</param>
    public Location(int start, int end, Source source)
    {
        Start = start;
        End = end;
        Source = source;
    }

    /// <summary>The offset, in UTF-16 code units, of the node's first character.</summary>
    public int Start { get; }

    /// <summary>The offset, in UTF-16 code units, just after the node's last character.</summary>
    public int End { get; }

    /// <summary>The document the offsets refer to, or null when the node carries no location.</summary>
    public Source? Source { get; }

    /// <summary>The line and column of <see cref="Start"/> (line 0, column 0 when there is no source).</summary>
    public SourceLocation StartLocation => Source?.GetLocation(Start) ?? default;

    /// <summary>The node's text in its document (empty when there is no source).</summary>
    public string Text => Source is null ? string.Empty : Source.Body[Start..End];

    /// <summary>Whether two locations cover the same offsets of the same document.</summary>
    /// <param name="other">The other location.</param>
    public bool Equals(Location other) =>
        Start == other.Start && End == other.End && ReferenceEquals(Source, other.Source);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Location other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Start, End);

    /// <summary>Whether two locations are equal.</summary>
    /// <param name="left">One location.</param>
    /// <param name="right">The other location.</param>
    public static bool operator ==(Location left, Location right) => left.Equals(right);

    /// <summary>Whether two locations differ.</summary>
    /// <param name="left">One location.</param>
    /// <param name="right">The other location.</param>
    public static bool operator !=(Location left, Location right) => !left.Equals(right);

    /// <summary>The offsets, as "start..end".</summary>
    public override string ToString() => $"{Start}..{End}";
}

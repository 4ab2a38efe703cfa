namespace Hamahang.GraphQL.Utilities;

/// <summary>
/// "Did you mean" suggestions, as graphql-js computes them: options within a lexical distance of
/// 40% of the input's length, nearest first, then in natural order; at most five are named.
/// </summary>
public static class SuggestionList
{
    private const int MaxSuggestions = 5;

    /// <summary>The options similar to <paramref name="input"/>, nearest first (graphql-js <c>suggestionList</c>).</summary>
    /// <param name="input">What was written.</param>
    /// <param name="options">What exists.</param>
    public static IReadOnlyList<string> Suggest(string input, IEnumerable<string> options)
    {
        ArgumentNullException.ThrowIfNull(input);
        var threshold = (int)Math.Floor(input.Length * 0.4) + 1;
        var byDistance = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var option in options)
        {
            var distance = Measure(input, option, threshold);
            if (distance is { } d)
            {
                byDistance[option] = d;
            }
        }

        var result = byDistance.Keys.ToList();
        result.Sort((a, b) => byDistance[a] != byDistance[b] ? byDistance[a] - byDistance[b] : NaturalCompare(a, b));
        return result;
    }

    /// <summary>" Did you mean "a", "b", or "c"?" or the empty string (graphql-js <c>didYouMean</c>).</summary>
    /// <param name="suggestions">The suggestions.</param>
    /// <param name="subMessage">An optional noun, e.g. "the enum value".</param>
    public static string DidYouMean(IReadOnlyList<string> suggestions, string? subMessage = null)
    {
        ArgumentNullException.ThrowIfNull(suggestions);
        if (suggestions.Count == 0)
        {
            return string.Empty;
        }

        var message = " Did you mean " + (subMessage is null ? string.Empty : subMessage + " ");
        return message + OrList(suggestions.Take(MaxSuggestions).Select(s => $"\"{s}\"").ToList()) + "?";
    }

    /// <summary>"A", "A or B", "A, B, or C" (graphql-js <c>orList</c>).</summary>
    /// <param name="items">The items.</param>
    public static string OrList(IReadOnlyList<string> items) => FormatList("or", items);

    /// <summary>"A", "A and B", "A, B, and C" (graphql-js <c>andList</c>).</summary>
    /// <param name="items">The items.</param>
    public static string AndList(IReadOnlyList<string> items) => FormatList("and", items);

    private static string FormatList(string conjunction, IReadOnlyList<string> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        return items.Count switch
        {
            0 => string.Empty,
            1 => items[0],
            2 => items[0] + " " + conjunction + " " + items[1],
            _ => string.Join(", ", items.Take(items.Count - 1)) + ", " + conjunction + " " + items[^1],
        };
    }

    private static int? Measure(string input, string option, int threshold)
    {
        if (input == option)
        {
            return 0;
        }

        var a = option.ToLowerInvariant();
        var b = input.ToLowerInvariant();
        if (a == b)
        {
            return 1;
        }

        if (a.Length < b.Length)
        {
            (a, b) = (b, a);
        }

        if (a.Length - b.Length > threshold)
        {
            return null;
        }

        var rows = new int[3][];
        for (var r = 0; r < 3; r++)
        {
            rows[r] = new int[b.Length + 1];
        }

        for (var j = 0; j <= b.Length; j++)
        {
            rows[0][j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            var up = rows[(i - 1) % 3];
            var current = rows[i % 3];
            var smallest = current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var cell = Math.Min(Math.Min(up[j] + 1, current[j - 1] + 1), up[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    cell = Math.Min(cell, rows[(i - 2) % 3][j - 2] + 1);
                }

                smallest = Math.Min(smallest, cell);
                current[j] = cell;
            }

            if (smallest > threshold)
            {
                return null;
            }
        }

        var distance = rows[a.Length % 3][b.Length];
        return distance <= threshold ? distance : null;
    }

    /// <summary>Compares strings with runs of digits compared as numbers (graphql-js <c>naturalCompare</c>).</summary>
    /// <param name="a">The first string.</param>
    /// <param name="b">The second string.</param>
    public static int NaturalCompare(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        int ai = 0, bi = 0;
        while (ai < a.Length && bi < b.Length)
        {
            if (char.IsAsciiDigit(a[ai]) && char.IsAsciiDigit(b[bi]))
            {
                long an = 0, bn = 0;
                do
                {
                    an = (an * 10) + (a[ai++] - '0');
                }
                while (ai < a.Length && char.IsAsciiDigit(a[ai]) && an > 0);
                do
                {
                    bn = (bn * 10) + (b[bi++] - '0');
                }
                while (bi < b.Length && char.IsAsciiDigit(b[bi]) && bn > 0);
                if (an != bn)
                {
                    return an < bn ? -1 : 1;
                }
            }
            else
            {
                if (a[ai] != b[bi])
                {
                    return a[ai] < b[bi] ? -1 : 1;
                }

                ai++;
                bi++;
            }
        }

        return a.Length - b.Length;
    }
}

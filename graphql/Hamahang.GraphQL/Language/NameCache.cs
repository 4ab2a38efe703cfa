namespace Hamahang.GraphQL.Language;

/// <summary>
/// A small per-thread cache of name strings, so the names a document repeats (and the names
/// every document uses) are one string each instead of one per occurrence.
/// </summary>
internal static class NameCache
{
    private const int Size = 1024;

    [ThreadStatic]
    private static string?[]? s_entries;

    /// <summary>This thread's table (fetch once per parse: thread-static access is not free).</summary>
    public static string?[] ForThisThread() => s_entries ??= new string?[Size];

    /// <summary>
    /// A cheap hash of a name (its length and three of its characters): a collision only costs a
    /// string, and names are short, so this beats hashing every character.
    /// </summary>
    public static uint Hash(string text, int start, int length)
    {
        var hash = (uint)length * 0x9E3779B1;
        hash = (hash ^ text[start]) * 16777619;
        hash = (hash ^ text[start + (length >> 1)]) * 16777619;
        return (hash ^ text[start + length - 1]) * 16777619;
    }

    /// <summary>The name's string: the cached one when the table holds it, else a new one that the table then holds.</summary>
    public static string Get(string?[] entries, ReadOnlySpan<char> name, uint hash)
    {
        if (name.Length > 32)
        {
            return name.ToString();
        }

        ref var entry = ref entries[hash & (Size - 1)];
        if (entry is not null && name.SequenceEqual(entry))
        {
            return entry;
        }

        return entry = name.ToString();
    }
}

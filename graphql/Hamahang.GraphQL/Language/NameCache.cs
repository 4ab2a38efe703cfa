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

    public static string Get(string?[] entries, ReadOnlySpan<char> name)
    {
        if (name.Length > 32)
        {
            return name.ToString();
        }

        var hash = (uint)name.Length * 31;
        foreach (var c in name)
        {
            hash = (hash ^ c) * 16777619;
        }

        ref var entry = ref entries[hash & (Size - 1)];
        if (entry is not null && name.SequenceEqual(entry))
        {
            return entry;
        }

        return entry = name.ToString();
    }
}

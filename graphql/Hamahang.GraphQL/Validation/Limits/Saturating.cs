namespace Hamahang.GraphQL.Validation.Limits;

/// <summary>
/// Counting that stops at <see cref="long.MaxValue"/> instead of overflowing: a fragment spread twice
/// in each of 70 nested fragments stands for 2^70 fields, more than a long holds, and must still be
/// reported as over the limit rather than wrap around to a small or negative count.
/// </summary>
internal static class Saturating
{
    public static long Add(long a, long b)
    {
        var sum = unchecked(a + b);
        return ((a ^ sum) & (b ^ sum)) < 0 ? (a < 0 ? long.MinValue : long.MaxValue) : sum;
    }

    public static long Multiply(long a, long b)
    {
        if (a == 0 || b == 0)
        {
            return 0;
        }

        var product = unchecked(a * b);
        return product / b != a || (a == -1 && b == long.MinValue) || (b == -1 && a == long.MinValue)
            ? ((a < 0) ^ (b < 0) ? long.MinValue : long.MaxValue)
            : product;
    }
}

using System.Globalization;

namespace Hamahang.GraphQL.Types.Scalars;

/// <summary>Helpers that read CLR numbers the way JavaScript numbers behave in graphql-js's scalars.</summary>
internal static class NumberValues
{
    /// <summary>True for the CLR integer types.</summary>
    public static bool IsInteger(object value) => value is byte or sbyte or short or ushort or int or uint or long or ulong;

    /// <summary>True for any CLR number.</summary>
    public static bool IsNumber(object value) => IsInteger(value) || value is double or float or decimal;

    /// <summary>The value as a double (for any CLR number).</summary>
    public static double ToDouble(object value) => Convert.ToDouble(value, CultureInfo.InvariantCulture);

    /// <summary>Parses a string as JavaScript's <c>Number(string)</c> would, or null when it is not a finite number.</summary>
    public static double? ParseJsNumber(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            return 0;
        }

        if (double.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number))
        {
            return number;
        }

        return null;
    }

    /// <summary>True when the double holds an integer (JavaScript's <c>Number.isInteger</c>).</summary>
    public static bool IsIntegral(double value) => double.IsFinite(value) && Math.Floor(value) == value;
}

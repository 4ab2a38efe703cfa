using System.Globalization;
using Hamahang.Api.Domain;

namespace Hamahang.Api.Text;

/// <summary>
/// A stored instant read at the precision its source gives (<see cref="DatePrecision"/>): the instant
/// is the first moment of the period (the day, month or year in Tehran), and every display shows the
/// period and nothing finer, so a day-precise date never shows an hour it was never given.
/// </summary>
public static class PreciseDate
{
    /// <summary>The first moment, in Tehran, of the period of <paramref name="precision"/> that holds <paramref name="utc"/>; null when unknown.</summary>
    public static DateTime? Truncate(DateTime utc, DatePrecision precision)
    {
        if (precision == DatePrecision.Time)
        {
            return utc;
        }

        if (precision == DatePrecision.Unknown)
        {
            return null;
        }

        var day = JalaliDate.FromInstant(Jalali.AsInstant(utc));
        var start = precision switch
        {
            DatePrecision.Day => day,
            DatePrecision.Month => new JalaliDate(day.Year, day.Month, 1),
            _ => new JalaliDate(day.Year, 1, 1),
        };
        return start.StartOfDayUtc();
    }

    /// <summary><c>1402/02/11 10:00</c>, <c>1402/02/11</c>, <c>1402/02</c> or <c>1402</c> by precision; null when unknown.</summary>
    public static string? Format(DateTime? utc, DatePrecision precision)
    {
        if (utc is not { } value || precision == DatePrecision.Unknown)
        {
            return null;
        }

        var instant = Jalali.AsInstant(value);
        if (precision == DatePrecision.Time || !Jalali.IsShown(instant))
        {
            return precision == DatePrecision.Time ? Jalali.FormatWithTime(instant) : Jalali.Format(instant);
        }

        var day = JalaliDate.FromInstant(instant);
        return precision switch
        {
            DatePrecision.Day => day.ToString(),
            DatePrecision.Month => string.Create(CultureInfo.InvariantCulture, $"{day.Year:0000}/{day.Month:00}"),
            _ => day.Year.ToString("0000", CultureInfo.InvariantCulture),
        };
    }

    /// <summary>
    /// As the sources print it: «دوشنبه ۱۱ اردیبهشت ۱۴۰۲، ساعت ۱۰:۰۰», «دوشنبه ۱۱ اردیبهشت ۱۴۰۲»,
    /// «اردیبهشت ۱۴۰۲» or «۱۴۰۲» by precision; null when unknown.
    /// </summary>
    public static string? ToLongString(DateTime? utc, DatePrecision precision)
    {
        if (utc is not { } value || precision == DatePrecision.Unknown || !Jalali.IsShown(Jalali.AsInstant(value)))
        {
            return null;
        }

        var instant = Jalali.AsInstant(value);
        var day = JalaliDate.FromInstant(instant);
        return precision switch
        {
            DatePrecision.Time => $"{day.ToLongString()}، ساعت {Clock(Jalali.ToTehranTime(instant))}",
            DatePrecision.Day => day.ToLongString(),
            DatePrecision.Month => $"{day.MonthName} {Jalali.ToPersianDigits(day.Year)}",
            _ => Jalali.ToPersianDigits(day.Year),
        };
    }

    /// <summary>ISO 8601: the instant (UTC) for an exact time, otherwise the Tehran date the period starts on (<c>2023-05-01</c>).</summary>
    public static string? ToIso(DateTime? utc, DatePrecision precision)
    {
        if (utc is not { } value || precision == DatePrecision.Unknown)
        {
            return null;
        }

        var local = Jalali.ToTehranTime(Jalali.AsInstant(value));
        return precision == DatePrecision.Time
            ? value.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)
            : local.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    // «۱۰:۰۰»: Persian digits, two-digit minutes.
    private static string Clock(DateTime local) =>
        $"{Jalali.ToPersianDigits(local.Hour)}:{(local.Minute < 10 ? "۰" : string.Empty)}{Jalali.ToPersianDigits(local.Minute)}";
}

using System.Globalization;

namespace Hamahang.Api.Text;

/// <summary>
/// Dates as Tehran shows them: the Solar Hijri (Jalali) calendar of <see cref="PersianCalendar"/>, in the
/// Asia/Tehran time zone. Instants are stored in UTC; this class turns them into display text
/// (<c>1402/02/11</c>, <c>1402/02/11 14:30</c>) and turns Jalali dates typed by people back into dates
/// and UTC instants. The calendar arithmetic lives in <see cref="JalaliDate"/>.
/// </summary>
public static class Jalali
{
    /// <summary>The IANA id of Tehran's time zone.</summary>
    public const string TimeZoneId = "Asia/Tehran";

    private static readonly Lazy<TimeZoneInfo> TehranZone = new(() => FindTimeZone(TimeZoneId));

    /// <summary>The Jalali calendar every conversion uses (its methods are safe to share between threads).</summary>
    internal static readonly PersianCalendar Calendar = new();

    /// <summary>The months, فروردین to اسفند; month <c>m</c> is at index <c>m - 1</c>.</summary>
    public static IReadOnlyList<string> MonthNames { get; } =
    [
        "فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور",
        "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند",
    ];

    /// <summary>
    /// The days of the week in the Persian week's order, شنبه (Saturday) to جمعه (Friday), written as the Academy's
    /// orthography writes them: «یکشنبه», «دوشنبه» and «چهارشنبه» joined, «سه‌شنبه» and «پنج‌شنبه» with a ZWNJ. The
    /// seed sources print «پنجشنبه» only because their copies lost every ZWNJ; search finds either spelling, and the
    /// admin page (web/js/format.js) writes the same names.
    /// </summary>
    public static IReadOnlyList<string> WeekdayNames { get; } =
    [
        "شنبه", "یکشنبه", "دوشنبه", "سه\u200Cشنبه", "چهارشنبه", "پنج\u200Cشنبه", "جمعه",
    ];

    /// <summary>
    /// Tehran's time zone from the machine's time zone database. Throws
    /// <see cref="InvalidOperationException"/>, saying what to install, when the database lacks it.
    /// </summary>
    public static TimeZoneInfo Tehran => TehranZone.Value;

    /// <summary>The Persian name of a day of the week (<see cref="DayOfWeek.Monday"/> is «دوشنبه»).</summary>
    public static string WeekdayName(DayOfWeek day) => WeekdayNames[((int)day + 1) % 7];

    /// <summary>The wall-clock time in Tehran at <paramref name="instant"/>.</summary>
    public static DateTime ToTehranTime(DateTimeOffset instant) =>
        TimeZoneInfo.ConvertTime(instant, Tehran).DateTime;

    /// <summary>
    /// The instant of a stored <see cref="DateTime"/>: a <see cref="DateTimeKind.Unspecified"/> value is
    /// taken as UTC (that is how EF Core reads stored UTC values back), a local one is converted.
    /// </summary>
    public static DateTimeOffset AsInstant(DateTime value) => value.Kind == DateTimeKind.Local
        ? new DateTimeOffset(value)
        : new DateTimeOffset(DateTime.SpecifyKind(value, DateTimeKind.Utc));

    /// <summary>
    /// Whether the Persian calendar can show <paramref name="instant"/> in Tehran. Inputs are kept within
    /// 1900 to 2199, but a display field must never throw, so a stored value outside the calendar's range
    /// (a row written before that rule, a default date) is shown as its Gregorian UTC date instead.
    /// </summary>
    public static bool IsShown(DateTimeOffset instant) =>
        instant.UtcDateTime > Calendar.MinSupportedDateTime.AddDays(1) && instant.UtcDateTime < Calendar.MaxSupportedDateTime.AddDays(-1);

    /// <summary>The Tehran date of <paramref name="instant"/> as <c>1402/02/11</c> (ASCII digits); see <see cref="IsShown"/>.</summary>
    public static string Format(DateTimeOffset instant) =>
        IsShown(instant) ? JalaliDate.FromInstant(instant).ToString() : instant.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The Tehran date of a stored UTC value as <c>1402/02/11</c> (see <see cref="AsInstant"/>).</summary>
    public static string Format(DateTime utc) => Format(AsInstant(utc));

    /// <summary>The Tehran date and 24-hour time of <paramref name="instant"/> as <c>1402/02/11 14:30</c>.</summary>
    public static string FormatWithTime(DateTimeOffset instant)
    {
        if (!IsShown(instant))
        {
            return instant.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        }

        var local = ToTehranTime(instant);
        return string.Create(CultureInfo.InvariantCulture, $"{JalaliDate.FromDate(DateOnly.FromDateTime(local))} {local:HH:mm}");
    }

    /// <summary>The Tehran date and time of a stored UTC value as <c>1402/02/11 14:30</c>.</summary>
    public static string FormatWithTime(DateTime utc) => FormatWithTime(AsInstant(utc));

    /// <summary>
    /// The Tehran date «دوشنبه ۱۱ اردیبهشت ۱۴۰۲» of <paramref name="instant"/>, for display
    /// (see <see cref="JalaliDate.ToLongString"/>).
    /// </summary>
    public static string ToLongString(DateTimeOffset instant) => JalaliDate.FromInstant(instant).ToLongString();

    /// <summary>
    /// The Gregorian calendar date of a Jalali date typed as <c>1402/02/11</c>, <c>1402-2-11</c> or with
    /// Persian digits (<c>۱۴۰۲/۰۲/۱۱</c>). Throws <see cref="FormatException"/> for anything else,
    /// including a month or day that does not exist.
    /// </summary>
    public static DateOnly ParseDate(string text) => JalaliDate.Parse(text).ToDate();

    /// <summary>The UTC instant at which the Jalali date typed in <paramref name="text"/> starts in Tehran.</summary>
    public static DateTime ParseStartOfDayUtc(string text) => JalaliDate.Parse(text).StartOfDayUtc();

    /// <summary>
    /// The UTC instant at which <paramref name="date"/> starts in Tehran: local midnight, or, on a day whose
    /// midnight the clocks skipped (the start of daylight saving time, until 2022), the moment they jumped.
    /// </summary>
    public static DateTime StartOfDayUtc(DateOnly date)
    {
        var zone = Tehran;
        var midnight = date.ToDateTime(TimeOnly.MinValue);
        var offset = zone.IsInvalidTime(midnight) ? zone.GetUtcOffset(midnight.AddDays(-1))
            : zone.IsAmbiguousTime(midnight) ? zone.GetAmbiguousTimeOffsets(midnight).Max()
            : zone.GetUtcOffset(midnight);
        return DateTime.SpecifyKind(midnight - offset, DateTimeKind.Utc);
    }

    /// <summary>Writes a non-negative number in Persian digits (۰–۹), without padding.</summary>
    internal static string ToPersianDigits(int number)
    {
        var digits = number.ToString(CultureInfo.InvariantCulture).ToCharArray();
        for (var i = 0; i < digits.Length; i++)
        {
            digits[i] = (char)(digits[i] - '0' + '\u06F0');
        }

        return new string(digits);
    }

    /// <summary>Finds a time zone by id, or says what to install when the machine lacks it.</summary>
    internal static TimeZoneInfo FindTimeZone(string id)
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            throw new InvalidOperationException(
                $"The time zone '{id}' is not in this machine's time zone database, so Jalali dates cannot be " +
                "shown in Tehran time. Install the IANA database (Debian/Ubuntu: apt-get install tzdata; " +
                "Alpine: apk add tzdata).", e);
        }
    }
}

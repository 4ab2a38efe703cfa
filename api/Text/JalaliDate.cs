using System.Globalization;

namespace Hamahang.Api.Text;

/// <summary>
/// A day of the Solar Hijri (Jalali) calendar, as Tehran counts days: year, month (1 = فروردین) and day.
/// Constructed only valid (the default value, 0/0/0, is not a date). Written <c>1402/02/11</c> for
/// machines and fields like <c>heldOnJalali</c>, «دوشنبه ۱۱ اردیبهشت ۱۴۰۲» for people.
/// </summary>
public readonly record struct JalaliDate
{
    /// <summary>The last year handled whole (<see cref="PersianCalendar"/> ends on 9378/10/10).</summary>
    public const int MaxYear = 9377;

    /// <summary>The date <paramref name="year"/>/<paramref name="month"/>/<paramref name="day"/>;
    /// throws <see cref="ArgumentOutOfRangeException"/> when it does not exist.</summary>
    public JalaliDate(int year, int month, int day)
    {
        if (Invalid(year, month, day) is { } problem)
        {
            throw new ArgumentOutOfRangeException(problem.Parameter, problem.Message);
        }

        (Year, Month, Day) = (year, month, day);
    }

    /// <summary>The Solar Hijri year, 1 to <see cref="MaxYear"/>.</summary>
    public int Year { get; }

    /// <summary>The month, 1 (فروردین) to 12 (اسفند).</summary>
    public int Month { get; }

    /// <summary>The day of the month, from 1 to 29, 30 or 31.</summary>
    public int Day { get; }

    /// <summary>The day of the week.</summary>
    public DayOfWeek DayOfWeek => ToDate().DayOfWeek;

    /// <summary>The month's Persian name (اردیبهشت).</summary>
    public string MonthName => Jalali.MonthNames[Month - 1];

    /// <summary>The weekday's Persian name (دوشنبه).</summary>
    public string WeekdayName => Jalali.WeekdayName(DayOfWeek);

    /// <summary>Whether <paramref name="year"/> has 366 days (اسفند then has 30).</summary>
    public static bool IsLeapYear(int year) => Jalali.Calendar.IsLeapYear(year);

    /// <summary>The Jalali date of a Gregorian calendar date.</summary>
    public static JalaliDate FromDate(DateOnly date)
    {
        var dateTime = date.ToDateTime(TimeOnly.MinValue);
        var calendar = Jalali.Calendar;
        return new JalaliDate(calendar.GetYear(dateTime), calendar.GetMonth(dateTime), calendar.GetDayOfMonth(dateTime));
    }

    /// <summary>The Jalali date it is in Tehran at <paramref name="instant"/>.</summary>
    public static JalaliDate FromInstant(DateTimeOffset instant) =>
        FromDate(DateOnly.FromDateTime(Jalali.ToTehranTime(instant)));

    /// <summary>The same day in the Gregorian calendar.</summary>
    public DateOnly ToDate() => DateOnly.FromDateTime(Jalali.Calendar.ToDateTime(Year, Month, Day, 0, 0, 0, 0));

    /// <summary>The UTC instant at which this day starts in Tehran (see <see cref="Jalali.StartOfDayUtc"/>).</summary>
    public DateTime StartOfDayUtc() => Jalali.StartOfDayUtc(ToDate());

    /// <summary>The date as <c>1402/02/11</c>: ASCII digits, four-digit year, two-digit month and day.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year:0000}/{Month:00}/{Day:00}");

    /// <summary>
    /// The date for people, as Persian news posts write it: «دوشنبه ۱۱ اردیبهشت ۱۴۰۲» (weekday, day,
    /// month name, year; Persian digits, since the whole phrase is Persian; no leading zeros).
    /// </summary>
    public string ToLongString() =>
        $"{WeekdayName} {Jalali.ToPersianDigits(Day)} {MonthName} {Jalali.ToPersianDigits(Year)}";

    /// <summary>
    /// Reads <c>year/month/day</c> or <c>year-month-day</c> (1–4 digit year, 1–2 digit month and day; ASCII,
    /// Persian or Arabic-Indic digits; surrounding space and bidi marks ignored). Throws
    /// <see cref="FormatException"/>, naming the problem, for anything that is not an existing date.
    /// </summary>
    public static JalaliDate Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var date, out var error) ? date : throw new FormatException(error);
    }

    /// <summary>Reads a date as <see cref="Parse"/> does; false when <paramref name="text"/> is not one.</summary>
    public static bool TryParse(string? text, out JalaliDate date) => TryParse(text, out date, out _);

    private static bool TryParse(string? text, out JalaliDate date, out string error)
    {
        date = default;
        // The search key drops every space; a date may be surrounded by space, never split by it.
        var normal = text is not null && text.Trim().Any(char.IsWhiteSpace) ? "" : PersianText.Normalize(text) ?? "";
        var parts = normal.Split(normal.Contains('-', StringComparison.Ordinal) ? '-' : '/');
        if (parts.Length != 3 || !Number(parts[0], 4, out var year) || !Number(parts[1], 2, out var month)
            || !Number(parts[2], 2, out var day))
        {
            error = $"'{text}' is not a Jalali date: expected year/month/day, such as 1402/02/11.";
            return false;
        }

        if (Invalid(year, month, day) is { } problem)
        {
            error = $"'{text}' is not a Jalali date: {problem.Message}";
            return false;
        }

        date = new JalaliDate(year, month, day);
        error = "";
        return true;
    }

    // 1 to maxDigits ASCII digits, nothing else (no sign, no space).
    private static bool Number(string part, int maxDigits, out int value)
    {
        value = 0;
        if (part.Length is 0 || part.Length > maxDigits)
        {
            return false;
        }

        foreach (var c in part)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }

    // Why year/month/day is not a date, or null when it is one.
    private static (string Parameter, string Message)? Invalid(int year, int month, int day)
    {
        if (year is < 1 or > MaxYear)
        {
            return (nameof(year), $"year {year} is not between 1 and {MaxYear}.");
        }

        if (month is < 1 or > 12)
        {
            return (nameof(month), $"month {month} is not between 1 and 12.");
        }

        var days = Jalali.Calendar.GetDaysInMonth(year, month);
        return day < 1 || day > days
            ? (nameof(day), $"day {day} is not between 1 and {days} in {Jalali.MonthNames[month - 1]} {year}.")
            : null;
    }
}

using Hamahang.Api.Text;

namespace Hamahang.Api.Tests.Text;

public sealed class JalaliTests
{
    [Fact]
    public void LateEveningUtcIsAlreadyTheNextDayInTehran()
    {
        var instant = new DateTimeOffset(2023, 4, 30, 21, 0, 0, TimeSpan.Zero);
        Assert.Equal("1402/02/11", Jalali.Format(instant));
        Assert.Equal("1402/02/11 00:30", Jalali.FormatWithTime(instant));
        Assert.Equal("1402/02/10", Jalali.Format(instant.AddMinutes(-31)));
    }

    [Fact]
    public void TheTimeIsTehranWallClockTimeOnTwentyFourHours()
    {
        // 14:30 in Tehran (UTC+3:30) on Monday 11 Ordibehesht 1402.
        var instant = new DateTimeOffset(2023, 5, 1, 11, 0, 0, TimeSpan.Zero);
        Assert.Equal("1402/02/11 14:30", Jalali.FormatWithTime(instant));
        Assert.Equal("دوشنبه ۱۱ اردیبهشت ۱۴۰۲", Jalali.ToLongString(instant));
    }

    [Fact]
    public void AnOffsetInstantIsFormattedByItsMomentNotItsOffset()
    {
        var utc = new DateTimeOffset(2023, 4, 30, 21, 0, 0, TimeSpan.Zero);
        Assert.Equal(Jalali.FormatWithTime(utc), Jalali.FormatWithTime(utc.ToOffset(TimeSpan.FromHours(-8))));
    }

    [Fact]
    public void AStoredDateTimeOfUnspecifiedKindIsTakenAsUtc()
    {
        var stored = new DateTime(2023, 4, 30, 21, 0, 0, DateTimeKind.Unspecified);
        Assert.Equal("1402/02/11 00:30", Jalali.FormatWithTime(stored));
        Assert.Equal("1402/02/11", Jalali.Format(DateTime.SpecifyKind(stored, DateTimeKind.Utc)));
    }

    [Fact]
    public void SummerTimeBefore2022IsHonoured()
    {
        // Tehran kept daylight saving time (UTC+4:30) until 2022: 1 Tir 1400 at 12:00 UTC was 16:30.
        var instant = new DateTimeOffset(2021, 6, 22, 12, 0, 0, TimeSpan.Zero);
        Assert.Equal("1400/04/01 16:30", Jalali.FormatWithTime(instant));
    }

    [Fact]
    public void ParsingGivesTheTehranDateAndTheUtcInstantOfItsMidnight()
    {
        Assert.Equal(new DateOnly(2023, 5, 1), Jalali.ParseDate("1402/02/11"));
        var start = Jalali.ParseStartOfDayUtc("۱۴۰۲/۰۲/۱۱");
        Assert.Equal(new DateTime(2023, 4, 30, 20, 30, 0, DateTimeKind.Utc), start);
        Assert.Equal(DateTimeKind.Utc, start.Kind);
        Assert.Equal("1402/02/11 00:00", Jalali.FormatWithTime(start));
    }

    [Fact]
    public void Thursday22Mehr1400StartsAtHalfPastEightUtcTheEveningBefore()
    {
        // Seed 001's date, after that year's summer time had ended (UTC+3:30).
        Assert.Equal(new DateOnly(2021, 10, 14), Jalali.ParseDate("1400/07/22"));
        Assert.Equal(new DateTime(2021, 10, 13, 20, 30, 0, DateTimeKind.Utc), Jalali.ParseStartOfDayUtc("1400/07/22"));
    }

    [Fact]
    public void ADayWhoseMidnightTheClocksSkippedStartsWhenTheyJumped()
    {
        // On 2 Farvardin 1400 (2021-03-22) Tehran's clocks went from 00:00 straight to 01:00 (UTC+4:30).
        var start = Jalali.ParseStartOfDayUtc("1400/01/02");
        Assert.Equal(new DateTime(2021, 3, 21, 20, 30, 0, DateTimeKind.Utc), start);
        Assert.Equal("1400/01/02 01:00", Jalali.FormatWithTime(start));
        Assert.Equal("1400/01/01 23:59", Jalali.FormatWithTime(start.AddMinutes(-1)));
    }

    [Fact]
    public void ADayAfterTheClocksWentBackStartsAtItsOnlyMidnight()
    {
        // At 24:00 on 30 Shahrivar 1400 (2021-09-21) the clocks went back to 23:00, so that hour was lived
        // twice; 31 Shahrivar then started once, at 00:00 UTC+3:30.
        var start = Jalali.ParseStartOfDayUtc("1400/06/31");
        Assert.Equal(new DateTime(2021, 9, 21, 20, 30, 0, DateTimeKind.Utc), start);
        Assert.Equal("1400/06/31 00:00", Jalali.FormatWithTime(start));
        Assert.Equal("1400/06/30 23:59", Jalali.FormatWithTime(start.AddMinutes(-1)));
        Assert.Equal("1400/06/30 23:59", Jalali.FormatWithTime(start.AddMinutes(-61)));
        Assert.Equal(new DateTime(2021, 9, 20, 19, 30, 0, DateTimeKind.Utc), Jalali.ParseStartOfDayUtc("1400/06/30"));
    }

    [Fact]
    public void ParsingAnInvalidDateIsAFormatException() =>
        Assert.Throws<FormatException>(() => Jalali.ParseDate("1402/13/01"));

    [Fact]
    public void WeekdaysStartOnSaturday()
    {
        Assert.Equal("شنبه", Jalali.WeekdayName(DayOfWeek.Saturday));
        Assert.Equal("جمعه", Jalali.WeekdayName(DayOfWeek.Friday));
        Assert.Equal("یکشنبه", Jalali.WeekdayName(DayOfWeek.Sunday));
        Assert.Equal(7, Jalali.WeekdayNames.Count);
        Assert.Equal(12, Jalali.MonthNames.Count);
    }

    [Fact]
    public void TheTehranZoneComesFromTheMachine() =>
        Assert.Equal(TimeSpan.FromHours(3.5), Jalali.Tehran.GetUtcOffset(new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc)));

    [Fact]
    public void AMissingTimeZoneIsAClearError()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Jalali.FindTimeZone("Asia/Nowhere"));
        Assert.Contains("tzdata", error.Message, StringComparison.Ordinal);
        Assert.IsType<TimeZoneNotFoundException>(error.InnerException);
    }

    [Theory]
    [InlineData("0001-01-01T00:00:00Z", "0001-01-01 00:00")]
    [InlineData("9999-12-31T23:59:59Z", "9999-12-31 23:59")]
    public void AnInstantThePersianCalendarCannotShowIsShownInGregorianNotThrown(string instant, string shown)
    {
        var value = DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(shown, Jalali.FormatWithTime(value));
        Assert.Equal(shown[..10], Jalali.Format(value));
    }
}

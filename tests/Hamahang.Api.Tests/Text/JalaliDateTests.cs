using Hamahang.Api.Text;

namespace Hamahang.Api.Tests.Text;

public sealed class JalaliDateTests
{
    [Fact]
    public void Monday11Ordibehesht1402IsTheFirstOfMay2023()
    {
        // Seed 003: «دوشنبه ۱۱ اردیبهشت ۱۴۰۲».
        var date = new JalaliDate(1402, 2, 11);
        Assert.Equal(new DateOnly(2023, 5, 1), date.ToDate());
        Assert.Equal(DayOfWeek.Monday, date.DayOfWeek);
        Assert.Equal(date, JalaliDate.FromDate(new DateOnly(2023, 5, 1)));
    }

    [Fact]
    public void Thursday22Mehr1400IsTheFourteenthOfOctober2021()
    {
        // Seed 001: phase two of «تهران دوباره جان می‌گیرد» opened on Thursday 22 Mehr 1400.
        var date = JalaliDate.FromDate(new DateOnly(2021, 10, 14));
        Assert.Equal(new JalaliDate(1400, 7, 22), date);
        Assert.Equal(DayOfWeek.Thursday, date.DayOfWeek);
        Assert.Equal("پنج\u200Cشنبه ۲۲ مهر ۱۴۰۰", date.ToLongString());
    }

    [Fact]
    public void TheLongFormIsTheOneTheSeedsPrint() =>
        Assert.Equal("دوشنبه ۱۱ اردیبهشت ۱۴۰۲", new JalaliDate(1402, 2, 11).ToLongString());

    [Fact]
    public void TheShortFormPadsMonthAndDay()
    {
        Assert.Equal("1402/02/11", new JalaliDate(1402, 2, 11).ToString());
        Assert.Equal("1403/12/30", new JalaliDate(1403, 12, 30).ToString());
    }

    [Theory]
    [InlineData("1402/02/11")]
    [InlineData("1402/2/11")]
    [InlineData("1402-02-11")]
    [InlineData("۱۴۰۲/۰۲/۱۱")]
    [InlineData("١٤٠٢/٠٢/١١")]
    [InlineData("۱۴۰۲-۲-۱۱")]
    [InlineData(" \u200F1402/02/11\u200F ")]
    public void ParsingAcceptsSlashesDashesAndPersianDigits(string text) =>
        Assert.Equal(new JalaliDate(1402, 2, 11), JalaliDate.Parse(text));

    [Theory]
    [InlineData(1399, "2021-03-20")]
    [InlineData(1403, "2025-03-20")]
    public void Esfand30OfALeapYearRoundTrips(int year, string gregorian)
    {
        Assert.True(JalaliDate.IsLeapYear(year));
        var date = JalaliDate.Parse($"{year}/12/30");
        Assert.Equal(DateOnly.Parse(gregorian, System.Globalization.CultureInfo.InvariantCulture), date.ToDate());
        Assert.Equal(date, JalaliDate.FromDate(date.ToDate()));
        Assert.Equal($"{year}/12/30", date.ToString());
        Assert.Equal(new JalaliDate(year + 1, 1, 1), JalaliDate.FromDate(date.ToDate().AddDays(1)));
    }

    [Fact]
    public void Esfand30OfACommonYearIsRejected()
    {
        Assert.False(JalaliDate.IsLeapYear(1402));
        var error = Assert.Throws<FormatException>(() => JalaliDate.Parse("1402/12/30"));
        Assert.Contains("day 30 is not between 1 and 29", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Month13IsRejectedWithAClearMessage()
    {
        var error = Assert.Throws<FormatException>(() => JalaliDate.Parse("1402/13/01"));
        Assert.Equal("'1402/13/01' is not a Jalali date: month 13 is not between 1 and 12.", error.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("1402")]
    [InlineData("1402/02")]
    [InlineData("1402/02/11/01")]
    [InlineData("1402/02-11")]
    [InlineData("14020/02/11")]
    [InlineData("1402/002/11")]
    [InlineData("1402/+2/11")]
    [InlineData("1402 /02/11")]
    [InlineData("1402/02/11 14:30")]
    [InlineData("1402.02.11")]
    [InlineData("abcd/ef/gh")]
    [InlineData("1402/00/11")]
    [InlineData("1402/02/00")]
    [InlineData("1402/07/31")]
    [InlineData("0/01/01")]
    [InlineData("99999999999/01/01")]
    public void MalformedOrNonexistentDatesAreFormatErrors(string text)
    {
        Assert.Throws<FormatException>(() => JalaliDate.Parse(text));
        Assert.False(JalaliDate.TryParse(text, out _));
    }

    [Fact]
    public void TryParseAnswersFalseForNull() => Assert.False(JalaliDate.TryParse(null, out _));

    [Fact]
    public void ParseRejectsNull() => Assert.Throws<ArgumentNullException>(() => JalaliDate.Parse(null!));

    [Theory]
    [InlineData(1402, 13, 1, "month")]
    [InlineData(1402, 7, 31, "day")]
    [InlineData(0, 1, 1, "year")]
    public void TheConstructorRejectsAComponentThatDoesNotExist(int year, int month, int day, string parameter)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new JalaliDate(year, month, day));
        Assert.Equal(parameter, error.ParamName);
    }

    [Fact]
    public void TheFirstSixMonthsHave31DaysAndMehrHas30()
    {
        Assert.Equal(new JalaliDate(1402, 7, 1), JalaliDate.FromDate(new JalaliDate(1402, 6, 31).ToDate().AddDays(1)));
        Assert.Equal(new JalaliDate(1402, 8, 1), JalaliDate.FromDate(new JalaliDate(1402, 7, 30).ToDate().AddDays(1)));
    }

    [Fact]
    public void NamesFollowTheCalendar()
    {
        Assert.Equal("اردیبهشت", new JalaliDate(1402, 2, 11).MonthName);
        Assert.Equal("اسفند", new JalaliDate(1403, 12, 30).MonthName);
        Assert.Equal("دوشنبه", new JalaliDate(1402, 2, 11).WeekdayName);
        // Nowruz 1403 fell on a Wednesday.
        Assert.Equal("چهارشنبه", new JalaliDate(1403, 1, 1).WeekdayName);
    }
}

using Hamahang.Api.Text;

namespace Hamahang.Api.Tests.Text;

public sealed class PersianTextTests
{
    private const string Zwnj = "\u200C";

    [Fact]
    public void NullStaysNull() => Assert.Null(PersianText.Normalize(null));

    [Fact]
    public void AWordWithoutItsZwnjFindsTheWordWithIt()
    {
        Assert.Equal("همافزایی", PersianText.Normalize("هم" + Zwnj + "افزایی"));
        Assert.Equal(PersianText.Normalize("همافزایی"), PersianText.Normalize("هم" + Zwnj + "افزایی"));
    }

    [Fact]
    public void ArabicYehAndAlefMaksuraBecomePersianYeh()
    {
        Assert.Equal("ی", PersianText.Normalize("ي"));
        Assert.Equal("ی", PersianText.Normalize("ى"));
        // Spelled with Arabic yeh in seed 001.
        Assert.Equal("سایرآخرین", PersianText.Normalize("ساير آخرين"));
    }

    [Fact]
    public void ArabicKafBecomesPersianKeheh() =>
        Assert.Equal("کارگروه", PersianText.Normalize("كارگروه"));

    [Theory]
    [InlineData("۱۴۰۲")]
    [InlineData("١٤٠٢")]
    [InlineData("1402")]
    public void PersianAndArabicIndicDigitsBecomeAscii(string year) =>
        Assert.Equal("1402", PersianText.Normalize(year));

    [Fact]
    public void EveryDigitMapsToItsAsciiValue()
    {
        Assert.Equal("0123456789", PersianText.Normalize("۰۱۲۳۴۵۶۷۸۹"));
        Assert.Equal("0123456789", PersianText.Normalize("٠١٢٣٤٥٦٧٨٩"));
    }

    [Fact]
    public void DiacriticsSuperscriptAlefAndTatweelAreRemoved()
    {
        Assert.Equal("مدیریت", PersianText.Normalize("مُدِیرِیَّت"));
        Assert.Equal("رحمن", PersianText.Normalize("رحمٰن"));
        Assert.Equal("تنوین", PersianText.Normalize("تنوینًٌٍ"));
        Assert.Equal("کارگروه", PersianText.Normalize("کـــارگروه"));
    }

    [Fact]
    public void HehWithYehAndTehMarbutaBecomeHeh()
    {
        Assert.Equal("خانه", PersianText.Normalize("خانۀ"));
        Assert.Equal("خانه", PersianText.Normalize("خانهٔ"));
        Assert.Equal("مدرسه", PersianText.Normalize("مدرسة"));
    }

    [Fact]
    public void HamzaCarriersLoseTheirHamzaButMaddaStays()
    {
        // Seed 003 writes both «تأکید» and «تاکید».
        Assert.Equal(PersianText.Normalize("تاکید"), PersianText.Normalize("تأکید"));
        Assert.Equal("موسسات", PersianText.Normalize("مؤسسات"));
        Assert.Equal("رییس", PersianText.Normalize("رئیس"));
        Assert.Equal("آب", PersianText.Normalize("آب"));
    }

    [Fact]
    public void ZeroWidthAndBidiMarksAreRemoved()
    {
        const string marks = "\u200B\u200C\u200D\u200E\u200F\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\uFEFF\u061C\u00AD";
        Assert.Equal("منطقه20", PersianText.Normalize(marks + "منطقه" + marks + "۲۰" + marks));
    }

    [Fact]
    public void EveryKindOfWhiteSpaceIsRemoved()
    {
        Assert.Equal("نشستهماندیشی", PersianText.Normalize("  نشست \t\n هم\u00A0\u00A0اندیشی\r\n"));
        Assert.Equal("ab", PersianText.Normalize("a\u2003\u3000b"));
        Assert.Equal("", PersianText.Normalize(" \t\u200C\n "));
        Assert.Equal("ab", PersianText.Normalize("a \u200C b"));
    }

    [Theory]
    [InlineData("هم" + Zwnj + "اندیشی", "هم اندیشی", "هماندیشی")]
    [InlineData("اخ" + Zwnj + "الصنایع", "اخ الصنایع", "اخالصنایع")]
    [InlineData("نشست هم" + Zwnj + "اندیشی", "نشست  هم اندیشي", "نشستهماندیشی")]
    public void WordsJoinedByAZwnjASpaceOrNothingShareOneKey(string zwnj, string space, string nothing)
    {
        Assert.Equal(PersianText.Normalize(nothing), PersianText.Normalize(zwnj));
        Assert.Equal(PersianText.Normalize(nothing), PersianText.Normalize(space));
        Assert.DoesNotContain(' ', PersianText.Normalize(space));
    }

    [Theory]
    [InlineData("همافزایی")]
    [InlineData("ظرفیتهایمدیریتبحران")]
    [InlineData("شهرداریمنطقه20")]
    [InlineData("")]
    [InlineData("abc")]
    public void AlreadyNormalTextIsReturnedAsTheSameInstance(string text) =>
        Assert.Same(text, PersianText.Normalize(text));

    [Fact]
    public void AlreadyNormalTextAllocatesNothing()
    {
        var text = string.Concat(Enumerable.Repeat("ظرفیتهایمدیریتبحرانمنطقه20", 20)) + "پایان";
        Assert.Same(text, PersianText.Normalize(text));

        // The runtime itself may allocate on this thread now and then (tiering, type loading): a normaliser that
        // allocates does so in every round, so the quietest of five rounds must be zero.
        var fewest = long.MaxValue;
        for (var round = 0; round < 5; round++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            for (var i = 0; i < 100; i++)
            {
                PersianText.Normalize(text);
            }

            fewest = Math.Min(fewest, GC.GetAllocatedBytesForCurrentThread() - before);
        }

        Assert.Equal(0, fewest);
    }

    [Fact]
    public void NormalizingTwiceChangesNothingMore()
    {
        var once = PersianText.Normalize(" ظرفیت" + Zwnj + "های  مديريت بحران ك ۱۴۰۳ ");
        Assert.Equal("ظرفیتهایمدیریتبحرانک1403", once);
        Assert.Same(once, PersianText.Normalize(once));
    }

    [Theory]
    [InlineData("ظرفیت‌های مدیریت بحران", "ظرفیتهای مديريت بحران")]
    [InlineData("نشست هم‌اندیشی", "نشست هماندیشي")]
    [InlineData("جلسه هماهنگی و برنامه‌ریزی", "جلسه هماهنگي و برنامهريزي")]
    [InlineData("کارگروه تخصصی", "كارگروه تخصصي")]
    [InlineData("شهرداری منطقه ۲۰", "شهرداري منطقه 20")]
    [InlineData("سامانه ۱۸۸۸ (نظارت همگانی)", "سامانه  1888 (نظارت همگاني)")]
    [InlineData("مؤسسه خیریه", "موسسه خيريه")]
    public void SpellingsOfTheSeedsVocabularyShareOneKey(string persian, string variant) =>
        Assert.Equal(PersianText.Normalize(persian), PersianText.Normalize(variant));

    [Fact]
    public void LongTextIsNormalizedBeyondTheStackBuffer()
    {
        var word = "هم" + Zwnj + "اندیشی ";
        var text = string.Concat(Enumerable.Repeat(word, 200));
        var expected = string.Concat(Enumerable.Repeat("هماندیشی", 200));
        Assert.Equal(expected, PersianText.Normalize(text));
    }

    [Fact]
    public void OtherScriptsAndPunctuationAreKept() =>
        Assert.Equal("Tehran،تهران؛«22»?x", PersianText.Normalize("Tehran، تهران؛ «۲۲»? x"));
}

namespace Hamahang.Api.Domain;

/// <summary>
/// Where a record's facts come from: the news item or post that reports them (outlet, address, the
/// outlet's news code, publication date). Records name it so a reader can check what the register says.
/// </summary>
public class Source : Entity
{
    // The outlet as it names itself, e.g. «خبرایران», «کانال قبله تهران».
    public required string Outlet { get; set; }

    public string? Url { get; set; }

    // The outlet's own number for the item («کد خبر: 54514»).
    public string? NewsCode { get; set; }

    public DateOnly? PublishedOn { get; set; }
}

/// <summary>How much of a date a source gives: an exact time, a day, a month, a year, or nothing.</summary>
public enum DatePrecision
{
    Time,
    Day,
    Month,
    Year,
    Unknown,
}

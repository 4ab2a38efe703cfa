using FluentValidation;
using Hamahang.Api.Commands;
using Hamahang.Api.Data.Configurations;
using Hamahang.Api.Domain;

namespace Hamahang.Api.Meetings;

/// <summary>Where a record's facts come from: the outlet, the item's address, its news code and publication date.</summary>
public sealed record SourceInput
{
    public required string Outlet { get; init; }

    public string? Url { get; init; }

    public string? NewsCode { get; init; }

    public DateOnly? PublishedOn { get; init; }

    public Source ToSource() => new() { Outlet = Outlet.Trim(), Url = Url?.Trim(), NewsCode = NewsCode?.Trim(), PublishedOn = PublishedOn };

    /// <summary>Writes this input over <paramref name="source"/> (a record's source is its own, so it is edited in place).</summary>
    public void CopyTo(Source source)
    {
        ArgumentNullException.ThrowIfNull(source);
        (source.Outlet, source.Url, source.NewsCode, source.PublishedOn) = (Outlet.Trim(), Url?.Trim(), NewsCode?.Trim(), PublishedOn);
    }
}

public sealed class SourceInputValidator : AbstractValidator<SourceInput>
{
    public SourceInputValidator()
    {
        RuleFor(x => x.Outlet).IsText(Lengths.Name);
        RuleFor(x => x.Url).IsOptionalUrl();
        RuleFor(x => x.NewsCode).IsOptionalText(Lengths.Short);
        RuleFor(x => x.PublishedOn).IsOptionalDomainDate();
    }
}

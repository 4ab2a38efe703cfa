using FluentValidation;
using Hamahang.Api.Commands;
using Hamahang.Api.Data.Configurations;
using Hamahang.Api.Domain;
using Hamahang.Api.GraphQL.Errors;
using Hamahang.Api.Inspections;
using Hamahang.Api.Meetings;
using Hamahang.Api.Partnerships;
using Hamahang.Api.Sites;
using ValidationException = Hamahang.Api.GraphQL.Errors.ValidationException;

namespace Hamahang.Api.Tests.Commands;

/// <summary>
/// Each rule a validator checks reports its <see cref="ValidationCode"/> and the values a client words it with, so
/// that a client in another language never reads the English message (schema/README.md, "Validation errors").
/// </summary>
public sealed class ValidationCodeTests
{
    private static readonly DateTimeOffset Noon = new(2026, 12, 20, 12, 0, 0, TimeSpan.Zero);
    private const int Meeting = 3;
    private const int Organization = 3;
    private const int District = 20;

    private static RecordMeetingInput AMeeting => new() { Kind = MeetingKind.Coordination, Title = "جلسه" };

    private static CreateSiteInput ASite => new() { Name = "پایگاه", Kind = SiteKind.SupportBase, DistrictId = District };

    private static RecordPartnershipInput APartnership =>
        new() { Kind = PartnershipKind.SupportingProvince, OrganizationId = Organization, DistrictId = District };

    public static TheoryData<string, ValidationCode, string, string?, string?, string?> Cases => new()
    {
        { "agenda item without a title", ValidationCode.Required, "items[0].title", null, null, null },
        { "attendee naming nobody", ValidationCode.OneOfRequired, "attendees[0].organizationId", null, null, "attendees[0].personId" },
        { "blank English title", ValidationCode.NotBlank, "titleEn", null, null, null },
        { "title too long", ValidationCode.MaxLength, "title", null, Lengths.Name.ToString(System.Globalization.CultureInfo.InvariantCulture), null },
        { "101 agenda items", ValidationCode.MaxItems, "items", null, "100", null },
        { "latitude past the pole", ValidationCode.Between, "latitude", "-90", "90", null },
        { "a meeting in 1850", ValidationCode.Between, "startsAt", "1900-01-01", "2199-12-31", null },
        { "negative capacity", ValidationCode.AtLeast, "capacity", "0", null, null },
        { "ends before it starts", ValidationCode.After, "endsAt", null, null, "startsAt" },
        { "partnership ends before it starts", ValidationCode.NotBefore, "endsOn", null, null, "startsOn" },
        { "city-wide site in a district", ValidationCode.LeftOut, "districtId", null, null, "cityWide" },
        { "publication date with an hour", ValidationCode.Needs, "startsAtFromPublication", null, null, "startsAtPrecision" },
        { "counterpart of itself", ValidationCode.Different, "counterparts[0].counterpartId", null, null, "counterparts[0].organizationId" },
        { "two source addresses", ValidationCode.Conflicts, "sourceUrl", null, null, "source.url" },
        { "status dismissed without a reason", ValidationCode.NotAllowed, "status", null, null, null },
        { "kind out of the enum", ValidationCode.NotAValue, "kind", null, null, null },
        { "a district twice", ValidationCode.Duplicate, "districtIds", null, null, null },
        { "an ftp address", ValidationCode.Url, "sourceUrl", null, null, null },
        { "a meeting key the server never issues", ValidationCode.Id, "id", null, null, null },
        { "version zero", ValidationCode.Version, "version", null, null, null },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task EachRuleReportsItsCodeAndValues(string rule, ValidationCode code, string field, string? min, string? max, string? otherField)
    {
        var errors = await ErrorsAsync(rule);
        var error = Assert.Single(errors, e => e.Field == field);
        Assert.Equal((code, min, max, otherField), (error.Code, error.Min, error.Max, error.OtherField));
        Assert.NotEmpty(error.Message);
    }

    private static Task<IReadOnlyList<ValidationException>> ErrorsAsync(string rule) => rule switch
    {
        "agenda item without a title" => Fails(new SetMeetingAgendaValidator(),
            new SetMeetingAgendaInput { MeetingId = Meeting, Version = 1, Items = [new() { Title = "" }] }),
        "101 agenda items" => Fails(new SetMeetingAgendaValidator(),
            new SetMeetingAgendaInput { MeetingId = Meeting, Version = 1, Items = [.. Enumerable.Repeat(new AgendaItemInput { Title = "بند" }, 101)] }),
        "attendee naming nobody" => Fails(new SetMeetingAttendeesValidator(),
            new SetMeetingAttendeesInput { MeetingId = Meeting, Version = 1, Attendees = [new()] }),
        "blank English title" => Fails(new RecordMeetingValidator(), AMeeting with { TitleEn = "   " }),
        "title too long" => Fails(new RecordMeetingValidator(), AMeeting with { Title = new string('ا', Lengths.Name + 1) }),
        "a meeting in 1850" => Fails(new RecordMeetingValidator(), AMeeting with { StartsAt = new DateTimeOffset(1850, 1, 1, 0, 0, 0, TimeSpan.Zero) }),
        "ends before it starts" => Fails(new RecordMeetingValidator(), AMeeting with { StartsAt = Noon, EndsAt = Noon.AddHours(-1) }),
        "publication date with an hour" => Fails(new RecordMeetingValidator(), AMeeting with { StartsAt = Noon, StartsAtFromPublication = true }),
        "two source addresses" => Fails(new RecordMeetingValidator(),
            AMeeting with { SourceUrl = "https://a.example/1", Source = new() { Outlet = "روابط عمومی", Url = "https://a.example/2" } }),
        "kind out of the enum" => Fails(new RecordMeetingValidator(), AMeeting with { Kind = (MeetingKind)99 }),
        "a district twice" => Fails(new RecordMeetingValidator(), AMeeting with { DistrictIds = [District, District] }),
        "an ftp address" => Fails(new RecordMeetingValidator(), AMeeting with { SourceUrl = "ftp://a.example/1" }),
        "latitude past the pole" => Fails(new CreateSiteValidator(), ASite with { Latitude = 91 }),
        "negative capacity" => Fails(new CreateSiteValidator(), ASite with { Capacity = -1 }),
        "city-wide site in a district" => Fails(new CreateSiteValidator(), ASite with { CityWide = true }),
        "partnership ends before it starts" => Fails(new RecordPartnershipValidator(),
            APartnership with { StartsOn = new(2025, 5, 1), EndsOn = new(2025, 4, 1) }),
        "counterpart of itself" => Fails(new RecordPartnershipValidator(),
            APartnership with { Counterparts = [new() { OrganizationId = Organization, CounterpartId = Organization }] }),
        "status dismissed without a reason" => Fails(new ChangeFindingStatusValidator(),
            new ChangeFindingStatusInput { Id = 1, Version = 1, Status = FindingStatus.Dismissed, Note = "یادداشت" }),
        "a meeting key the server never issues" => Fails(new CancelMeetingValidator(), new CancelMeetingInput { Id = 0, Version = 1 }),
        "version zero" => Fails(new CancelMeetingValidator(), new CancelMeetingInput { Id = Meeting, Version = 0 }),
        _ => throw new ArgumentOutOfRangeException(nameof(rule), rule, "no such case"),
    };

    private static async Task<IReadOnlyList<ValidationException>> Fails<T>(IValidator<T> validator, T input)
    {
        var thrown = await Record.ExceptionAsync(() => validator.ValidateInputAsync(input, default));
        return thrown switch
        {
            ValidationException one => [one],
            AggregateException many => [.. many.InnerExceptions.Cast<ValidationException>()],
            _ => throw new InvalidOperationException("the input was valid: " + thrown),
        };
    }
}

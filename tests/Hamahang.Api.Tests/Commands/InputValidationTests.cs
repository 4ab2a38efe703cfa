using Hamahang.Api.Commands;
using Hamahang.Api.Domain;
using Hamahang.Api.Meetings;
using ValidationException = Hamahang.Api.GraphQL.Errors.ValidationException;

namespace Hamahang.Api.Tests.Commands;

public sealed class InputValidationTests
{
    [Theory]
    [InlineData("Title", "title")]
    [InlineData("Attendees[1].PersonId", "attendees[1].personId")]
    [InlineData("Member.OrganizationId", "member.organizationId")]
    public void FieldPathsAreSpelledAsTheClientSpellsThem(string propertyName, string path) =>
        Assert.Equal(path, InputValidation.FieldPath(propertyName));

    [Fact]
    public async Task OneFailureIsOneValidationErrorNamingItsNestedField()
    {
        var input = new SetMeetingAgendaInput { MeetingId = 3, Version = 1, Items = [new() { Title = "الف" }, new() { Title = "" }] };
        var error = await Assert.ThrowsAsync<ValidationException>(() => new SetMeetingAgendaValidator().ValidateInputAsync(input, default));
        Assert.Equal(("items[1].title", "'title' must not be empty."), (error.Field, error.Message));
    }

    [Fact]
    public async Task AKeyTheServerNeverIssuesIsNotAccepted()
    {
        // An id of another type is refused while the input is read (InputIdTests); Meeting:0 reaches the validator.
        var input = new CancelMeetingInput { Id = 0, Version = 0 };
        var error = await Assert.ThrowsAsync<AggregateException>(() => new CancelMeetingValidator().ValidateInputAsync(input, default));
        Assert.Equal(["id", "version"], error.InnerExceptions.Cast<ValidationException>().Select(e => e.Field));
        Assert.Contains(error.InnerExceptions, e => e.Message == "'id' must be the id of a Meeting.");
    }
}

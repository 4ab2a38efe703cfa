using Hamahang.Api.Data.Configurations;
using Hamahang.Api.Domain;

namespace Hamahang.Api.Tests.GraphQL;

/// <summary>
/// Over HTTP, a ValidationError names its rule by <c>code</c>, with the values a client words it with (<c>min</c>,
/// <c>max</c>, <c>otherField</c>), from a validator's rule and from a command's own check alike.
/// </summary>
public sealed class ValidationErrorTests(HostFactory factory) : IClassFixture<HostFactory>
{
    private const string Errors = "errors { __typename ... on Error { message } ... on ValidationError { field code min max otherField } }";

    private const string RecordMeeting = $$"""
        mutation Record($input: RecordMeetingInput!) { recordMeeting(input: $input) { meeting { id } {{Errors}} } }
        """;

    private const string DueDate = $$"""
        mutation Due($input: SetDecisionDueDateInput!) { setDecisionDueDate(input: $input) { decision { version } {{Errors}} } }
        """;

    private const string Decision = """
        query Decision($id: ID!) { node(id: $id) { ... on Decision { version dueDate } } }
        """;

    [Fact]
    public async Task EachFieldsErrorNamesItsRuleAndItsValues()
    {
        var editor = await factory.CreateKeyAsync(ApiKeyRole.Editor);
        var response = await factory.PostAsync(RecordMeeting, editor, new
        {
            input = new
            {
                kind = "COORDINATION", title = new string('ا', Lengths.Name + 1), startsAt = "2026-12-20T10:00:00Z", endsAt = "2026-12-20T09:00:00Z",
            },
        });
        var errors = response.At("recordMeeting.errors").EnumerateArray()
            .ToDictionary(e => e.GetProperty("field").GetString()!, e => (Text(e, "code"), Text(e, "min"), Text(e, "max"), Text(e, "otherField")));
        Assert.Equal(("MAX_LENGTH", null, "300", null), errors["title"]);
        Assert.Equal(("AFTER", null, null, "startsAt"), errors["endsAt"]);
        Assert.Equal(2, errors.Count);
    }

    [Fact]
    public async Task ADueDateSetToTheOneTheDecisionHasIsUnchanged()
    {
        var editor = await factory.CreateKeyAsync(ApiKeyRole.Editor);
        var id = await factory.IdAsync<Domain.Decision>(q => q.Where(d => d.DueDate == null).OrderBy(d => d.Id));
        var version = (await factory.PostAsync(Decision, editor, new { id })).At("node.version").GetInt64();
        var first = await factory.PostAsync(DueDate, editor, new { input = new { id, version, dueDate = "2199-01-01" } });
        Assert.Equal(System.Text.Json.JsonValueKind.Null, first.At("setDecisionDueDate.errors").ValueKind);

        var again = await factory.PostAsync(DueDate, editor,
            new { input = new { id, version = first.At("setDecisionDueDate.decision.version").GetInt64(), dueDate = "2199-01-01", reason = "همان" } });
        var error = Assert.Single(again.At("setDecisionDueDate.errors").EnumerateArray());
        Assert.Equal(("dueDate", "UNCHANGED"), (Text(error, "field"), Text(error, "code")));
    }

    private static string? Text(System.Text.Json.JsonElement error, string name) => error.GetProperty(name).GetString();
}

using Hamahang.Api.Domain;
using Hamahang.Api.Tests.GraphQL;

namespace Hamahang.Api.Tests.Meetings;

/// <summary>
/// The minutes' Markdown reads the agenda and the sections with the loaders Meeting.agenda and Minutes.sections use
/// (the same classes), so a response asking for both reads those rows once.
/// </summary>
public sealed class MinutesMarkdownBatchTests(CountingHostFactory factory) : IClassFixture<CountingHostFactory>
{
    private const string Query = """
        {
          meetings(first: 50) {
            nodes { agenda { title } minutes { sections { heading } markdown html } }
          }
        }
        """;

    [Fact]
    public async Task TheMarkdownSharesTheAgendaAndSectionsBatchesOfItsResponse()
    {
        var editor = await factory.CreateKeyAsync(ApiKeyRole.Editor);
        Assert.False((await factory.PostAsync(Query, editor)).HasErrors);

        factory.Counter.Reset();
        var response = await factory.PostAsync(Query, editor);

        Assert.False(response.HasErrors, response.ToString());
        var meetings = response.At("meetings.nodes").EnumerateArray().ToList();
        var withMinutes = meetings.Where(m => m.GetProperty("minutes").GetArrayLength() > 0 && m.GetProperty("agenda").GetArrayLength() > 0).ToList();
        Assert.NotEmpty(withMinutes);
        foreach (var meeting in withMinutes)
        {
            var markdown = meeting.GetProperty("minutes")[0].GetProperty("markdown").GetString()!;
            Assert.All(meeting.GetProperty("agenda").EnumerateArray(),
                a => Assert.Contains(a.GetProperty("title").GetString()!, markdown, StringComparison.Ordinal));
        }

        var commands = factory.Counter.Commands;
        Assert.Single(commands, c => c.Contains("FROM \"AgendaItems\"", StringComparison.Ordinal));
        Assert.Single(commands, c => c.Contains("FROM \"MinutesSections\"", StringComparison.Ordinal));
    }
}

using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Hamahang.Workshop.Tests;

/// <summary>
/// The workshop's own tests' operations, over HTTP, on the same (empty) database: the JSON HotChocolate answered
/// (its snapshot <c>AttendeeTests.RegisterAttendee.json</c>, written out in each test) is what we answer.
/// </summary>
public sealed class AttendeeTests : IAsyncLifetime
{
    private WorkshopHost _host = null!;

    public async Task InitializeAsync() => _host = await WorkshopHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task RegisterAttendee()
    {
        var result = await PostAsync(
            """
            mutation RegisterAttendee {
                registerAttendee(
                    input: {
                        firstName: "Michael"
                        lastName: "Staib"
                        username: "michael"
                        emailAddress: "michael@chillicream.com"
                    }
                ) {
                    attendee {
                        id
                    }
                }
            }
            """);

        // The first attendee's global id: base64 of "Attendee:1".
        var expected = JsonNode.Parse("""{ "data": { "registerAttendee": { "attendee": { "id": "QXR0ZW5kZWU6MQ==" } } } }""");
        Assert.True(JsonNode.DeepEquals(expected, result), result?.ToJsonString());
    }

    private async Task<JsonNode?> PostAsync(string query)
    {
        using var response = await _host.Client.PostAsJsonAsync("graphql", new { query });
        return JsonNode.Parse(await response.Content.ReadAsStringAsync());
    }
}

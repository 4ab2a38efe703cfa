using Hamahang.Api.Data;
using Hamahang.Api.Domain;
using Hamahang.Api.Tests.GraphQL;
using Hamahang.GraphQL.Subscriptions;
using Hamahang.GraphQL.EntityFramework.Subscriptions;
using Microsoft.Extensions.DependencyInjection;

namespace Hamahang.Api.Tests.GraphQL;

/// <summary>Subscriptions over WebSocket, fed by the outbox the mutations write in their own transaction.</summary>
public sealed class SubscriptionTests(HostFactory factory) : IClassFixture<HostFactory>
{
    private const string Unannounced = "نظارت سرزده شبکه ناظرین مردمی بر مراکز خدمات شهری منطقه ۱۹";

    [Fact]
    public async Task APartnerReceivesFindingFiledInItsDistrictButNeverAConfidentialFinding()
    {
        var inspector = await factory.CreateKeyAsync(ApiKeyRole.Inspector, person: "Hossein Amanlou");
        var partner = await factory.CreateKeyAsync(ApiKeyRole.Partner, organization: "Qom Governorate");
        await using var socket = await SubscriptionSocket.ConnectAsync(factory, partner);
        await socket.SubscribeAsync("19", "subscription { findingFiled(district: 19) { id title isConfidential } }");
        await socket.SubscribeAsync("20", "subscription { findingFiled(district: 20) { id title } }");
        await ReadyAsync(socket, "findingFiled:19", "findingFiled:20");

        var inspection = await factory.IdAsync<Inspection>(q => q.Where(i => i.Title == Unannounced));
        const string File = "mutation File($input: FileFindingInput!) { fileFinding(input: $input) { finding { id } errors { __typename } } }";
        var secret = await factory.PostAsync(File, inspector,
            new { input = new { inspectionId = inspection, category = "SPECIAL_CASE", severity = "HIGH", channel = "FIELD", title = "پرونده ویژه محرمانه",
            isConfidential = true } });
        var open = await factory.PostAsync(File, inspector,
            new { input = new { inspectionId = inspection, category = "PROBLEM", severity = "LOW", channel = "URGENT137", title = "چاله در معبر" } });
        Assert.False(secret.HasErrors || open.HasErrors, secret.ToString() + open);

        var next = await socket.ReceiveAsync();
        Assert.Equal(("next", "19"), (next?["type"]?.GetValue<string>(), next?["id"]?.GetValue<string>()));
        Assert.Equal("چاله در معبر", next?["payload"]?["data"]?["findingFiled"]?["title"]?.GetValue<string>());
        Assert.Equal(open.At("fileFinding.finding.id").GetString(), next?["payload"]?["data"]?["findingFiled"]?["id"]?.GetValue<string>());
        // Neither the confidential finding nor anything for district 20 follows.
        Assert.Null(await socket.ReceiveAsync(timeoutMilliseconds: 1_500));
    }

    [Fact]
    public async Task AnInspectorOfTheInspectionReceivesItsConfidentialFinding()
    {
        var inspector = await factory.CreateKeyAsync(ApiKeyRole.Inspector, person: "Hossein Amanlou");
        await using var socket = await SubscriptionSocket.ConnectAsync(factory, inspector);
        await socket.SubscribeAsync("1", "subscription { findingFiled(district: 19) { title isConfidential } }");
        await ReadyAsync(socket, "findingFiled:19");

        var inspection = await factory.IdAsync<Inspection>(q => q.Where(i => i.Title == Unannounced));
        await factory.PostAsync("mutation($input: FileFindingInput!) { fileFinding(input: $input) { finding { id } } }", inspector,
            new { input = new { inspectionId = inspection, category = "VIOLATION", severity = "CRITICAL", channel = "OVERSIGHT1888", title = "تخلف محرمانه",
                isConfidential = true } });

        var next = await socket.ReceiveAsync();
        Assert.True(next?["payload"]?["data"]?["findingFiled"]?["isConfidential"]?.GetValue<bool>(), next?.ToJsonString());
    }

    [Fact]
    public async Task AnIntegratorReceivesMinutesAsTheyArePublished()
    {
        var editor = await factory.CreateKeyAsync(ApiKeyRole.Editor);
        var integrator = await factory.CreateKeyAsync(ApiKeyRole.Integrator);
        await using var socket = await SubscriptionSocket.ConnectAsync(factory, integrator);
        await socket.SubscribeAsync("m", "subscription { minutesPublished { id revision status } }");
        await ReadyAsync(socket, "minutesPublished");

        var meeting = await factory.IdAsync<Meeting>(q => q.Where(m => !m.Minutes.Any()).OrderBy(m => m.Id));
        var draft =
            await factory.PostAsync(
                $$"""mutation { writeMinutes(input: { meetingId: "{{meeting}}", sections: [{ kind: DISCUSSION, heading: "گزارش", body: "..." }] }) """ +
                """{ minutes { id } } }""", editor);
        var id = draft.At("writeMinutes.minutes.id").GetString();
        await factory.PostAsync($$"""mutation { approveMinutes(input: { id: "{{id}}", version: 1 }) { minutes { id } } }""", editor);
        await factory.PostAsync($$"""mutation { publishMinutes(input: { id: "{{id}}", version: 2 }) { minutes { id } } }""", editor);

        var next = await socket.ReceiveAsync();
        Assert.Equal(id, next?["payload"]?["data"]?["minutesPublished"]?["id"]?.GetValue<string>());
        Assert.Equal("PUBLISHED", next?["payload"]?["data"]?["minutesPublished"]?["status"]?.GetValue<string>());
    }

    [Fact]
    public async Task AnAnonymousSubscriberIsRefused()
    {
        await using var socket = await SubscriptionSocket.ConnectAsync(factory, "");
        await socket.SubscribeAsync("1", "subscription { minutesPublished { id } }");
        var error = await socket.ReceiveAsync();
        Assert.Equal("error", error?["type"]?.GetValue<string>());
        Assert.Equal("AUTH_NOT_AUTHENTICATED", error?["payload"]?[0]?["extensions"]?["code"]?.GetValue<string>());
    }

    [Fact]
    public async Task AQueryOverWebSocketRunsAsTheConnectionsKey()
    {
        var partner = await factory.CreateKeyAsync(ApiKeyRole.Partner, organization: "Qom Governorate");
        await using var socket = await SubscriptionSocket.ConnectAsync(factory, partner);
        await socket.SubscribeAsync("me", "{ me { role } }");
        var next = await socket.ReceiveAsync();
        Assert.Equal("PARTNER", next?["payload"]?["data"]?["me"]?["role"]?.GetValue<string>());
    }

    [Fact]
    public void EverySubscriptionFieldIsAuthorized()
    {
        var schema = factory.Services.GetRequiredService<Hamahang.GraphQL.Execution.IRequestExecutor>().Schema;
        Assert.Empty(schema.SubscriptionType!.Fields.Where(f => !f.Metadata.ContainsKey(Hamahang.Api.GraphQL.Authorization.AuthorizeAttribute.MetadataKey))
            .Select(f => f.Name));
    }

    // The outbox poller has read its starting point, and the subscriptions are listening.
    private async Task ReadyAsync(SubscriptionSocket socket, params string[] topics)
    {
        var poller = factory.Services.GetRequiredService<OutboxPoller<AppDbContext>>();
        var bus = factory.Services.GetRequiredService<InMemoryTopicBus>();
        for (var i = 0; i < 200 && (poller.LastId is null || topics.Any(t => bus.SubscriberCount(t) == 0)); i++)
        {
            await Task.Delay(50);
        }

        if (topics.Any(t => bus.SubscriberCount(t) == 0))
        {
            Assert.Fail((await socket.ReceiveAsync(2000))?.ToJsonString() ?? "nothing");
        }

        Assert.NotNull(poller.LastId);
        Assert.All(topics, t => Assert.True(bus.SubscriberCount(t) > 0, t));
    }
}

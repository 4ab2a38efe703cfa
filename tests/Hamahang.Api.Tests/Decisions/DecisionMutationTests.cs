using System.Text.Json;
using Hamahang.Api.Commands;
using Hamahang.Api.Domain;
using Hamahang.Api.Tests.GraphQL;
using Microsoft.EntityFrameworkCore;

namespace Hamahang.Api.Tests.Decisions;

/// <summary>Following a decision up over HTTP, as editors, partners, inspectors and integrators would.</summary>
public sealed class DecisionMutationTests(HostFactory factory) : IClassFixture<HostFactory>
{
    private const string Supervision = "Staff supervision meeting of the District 20 Public Relations Office";

    private const string Record = $$"""
        mutation Record($input: RecordDecisionInput!) {
          recordDecision(input: $input) { decision { id version kind status } {{WriteHarness.Errors}} }
        }
        """;

    private const string Owners = $$"""
        mutation Owners($input: SetDecisionOwnersInput!) {
          setDecisionOwners(input: $input) { decision { version owners { nameEn } ownerPeople { fullNameEn } } {{WriteHarness.Errors}} }
        }
        """;

    private const string DueDate = $$"""
        mutation Due($input: SetDecisionDueDateInput!) {
          setDecisionDueDate(input: $input) { decision { version dueDate isOverdue dueDateChanges { previousDueDate dueDate reason } } {{WriteHarness.Errors}} }
        }
        """;

    private const string Status = $$"""
        mutation Status($input: ChangeDecisionStatusInput!) {
          changeDecisionStatus(input: $input) { decision { version status } {{WriteHarness.Errors}} }
        }
        """;

    private const string Note = $$"""
        mutation Note($input: AddDecisionNoteInput!) {
          addDecisionNote(input: $input) { decisionNote { id text notedOn author authorOrganization { nameEn } } {{WriteHarness.Errors}} }
        }
        """;

    private async Task<(string Id, int Key)> RecordAsync(string text, string kind = "DECISION", params string[] owners)
    {
        var admin = await factory.CreateKeyAsync(ApiKeyRole.Editor);
        var organizations = new List<string>();
        foreach (var owner in owners)
        {
            organizations.Add(await factory.IdAsync<Organization>(q => q.Where(o => o.NameEn == owner)));
        }

        var response = await factory.PostAsync(Record, admin, new
        {
            input = new { meetingId = await factory.IdAsync<Meeting>(q => q.Where(m => m.TitleEn == Supervision)), kind, text,
                ownerOrganizationIds = organizations },
        });
        Assert.Empty(response.PayloadErrors("recordDecision"));
        var id = response.At("recordDecision.decision.id").GetString()!;
        return (id, Keys.Of(id, nameof(Decision)));
    }

    [Fact]
    public async Task OwnershipsPairEachOwnerOrganizationWithItsOwnPerson()
    {
        var editor = await factory.CreateKeyAsync(ApiKeyRole.Editor);
        var (id, _) = await RecordAsync("مقرر شد نقشه پایگاه‌های اسکان به‌روز شود.", "DECISION");
        var crisis = await factory.IdAsync<Organization>(q => q.Where(o => o.NameEn == "District 20 Crisis Management and Passive Defense Office"));
        var qom = await factory.IdAsync<Organization>(q => q.Where(o => o.NameEn == "Crisis Management Directorate-General, Qom Governorate"));
        var khoshi = await factory.IdAsync<Person>(q => q.Where(p => p.FullNameEn == "Mohammad Khoshi"));

        // The person is named for the second owner: the two flat lists cannot say which one.
        var set = await factory.PostAsync("""
            mutation ($input: SetDecisionOwnersInput!) {
              setDecisionOwners(input: $input) { decision { ownerships { organization { nameEn } person { fullNameEn } } } errors { __typename } }
            }
            """, editor,
            new
            {
                input = new { id, version = 1, owners = new object[] { new { organizationId = qom }, new { organizationId = crisis, personId = khoshi } } },
            });
        Assert.Empty(set.PayloadErrors("setDecisionOwners"));
        var pairs = set.At("setDecisionOwners.decision.ownerships").EnumerateArray()
            .Select(o => (o.GetProperty("organization").GetProperty("nameEn").GetString(),
                o.GetProperty("person").ValueKind == JsonValueKind.Null ? null : o.GetProperty("person").GetProperty("fullNameEn").GetString()))
            .ToList();
        Assert.Equal([("Crisis Management Directorate-General, Qom Governorate", (string?)null),
            ("District 20 Crisis Management and Passive Defense Office", "Mohammad Khoshi")], pairs);
    }

    private Task<int> AuditAsync(int key) =>
        factory.ReadAsync(db =>
            db.AuditEntries.CountAsync(a => a.EntityType == nameof(Decision)
            && a.EntityKey == key.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public async Task AnEditorSetsOwnersExtendsTheDueDateWithAReasonAndClosesTheDecisionEachChangeAuditedOnce()
    {
        var editor = await factory.CreateKeyAsync(ApiKeyRole.Editor);
        var (id, key) = await RecordAsync("مقرر شد فهرست تجهیزات پایگاه‌ها تهیه شود.", "COMMITMENT");
        var crisis = await factory.IdAsync<Organization>(q => q.Where(o => o.NameEn == "District 20 Crisis Management and Passive Defense Office"));
        var khoshi = await factory.IdAsync<Person>(q => q.Where(p => p.FullNameEn == "Mohammad Khoshi"));
        Assert.Equal(1, await AuditAsync(key));

        var owners = await factory.PostAsync(Owners, editor,
            new { input = new { id, version = 1, owners = new[] { new { organizationId = crisis, personId = khoshi } } } });
        Assert.Empty(owners.PayloadErrors("setDecisionOwners"));
        Assert.Equal("District 20 Crisis Management and Passive Defense Office", owners.At("setDecisionOwners.decision.owners")[0].GetProperty("nameEn")
            .GetString());
        Assert.Equal("Mohammad Khoshi", owners.At("setDecisionOwners.decision.ownerPeople")[0].GetProperty("fullNameEn").GetString());
        Assert.Equal(2, await AuditAsync(key));

        var first = await factory.PostAsync(DueDate, editor, new { input = new { id, version = 2, dueDate = "2020-03-01" } });
        Assert.Empty(first.PayloadErrors("setDecisionDueDate"));
        Assert.True(first.At("setDecisionDueDate.decision.isOverdue").GetBoolean());
        Assert.Equal(3, await AuditAsync(key));

        // Moving a due date that was set needs a reason: refused, nothing written.
        var counts = await factory.CountsAsync();
        var noReason = await factory.PostAsync(DueDate, editor, new { input = new { id, version = 3, dueDate = "2199-04-01" } });
        Assert.Equal([("ValidationError", "reason")], noReason.PayloadErrors("setDecisionDueDate"));
        Assert.Equal(counts, await factory.CountsAsync());

        var extended = await factory.PostAsync(DueDate, editor,
            new { input = new { id, version = 3, dueDate = "2199-04-01", reason = "تأخیر در تأمین اعتبار" } });
        Assert.Empty(extended.PayloadErrors("setDecisionDueDate"));
        Assert.False(extended.At("setDecisionDueDate.decision.isOverdue").GetBoolean());
        var history = extended.At("setDecisionDueDate.decision.dueDateChanges").EnumerateArray().ToList();
        Assert.Equal(2, history.Count);
        Assert.Equal(JsonValueKind.Null, history[0].GetProperty("previousDueDate").ValueKind);
        Assert.Equal("2020-03-01", history[1].GetProperty("previousDueDate").GetString());
        Assert.Equal("2199-04-01", history[1].GetProperty("dueDate").GetString());
        Assert.Equal("تأخیر در تأمین اعتبار", history[1].GetProperty("reason").GetString());
        Assert.Equal(4, await AuditAsync(key));

        var stale = await factory.PostAsync(Status, editor, new { input = new { id, version = 3, status = "DONE" } });
        Assert.Equal([("ConcurrencyError", "")], stale.PayloadErrors("changeDecisionStatus"));
        var done = await factory.PostAsync(Status, editor, new { input = new { id, version = 4, status = "DONE" } });
        Assert.Equal("DONE", done.At("changeDecisionStatus.decision.status").GetString());
        Assert.Equal(5, done.At("changeDecisionStatus.decision.version").GetInt64());
        Assert.Equal(5, await AuditAsync(key));
    }

    [Fact]
    public async Task AnEmphasisIsRecordedWithNoStatusAndNoOwners()
    {
        var editor = await factory.CreateKeyAsync(ApiKeyRole.Editor);
        var response = await factory.PostAsync(Record, editor, new
        {
            input = new { meetingId = await factory.IdAsync<Meeting>(q => q.Where(m => m.TitleEn == Supervision)), kind = "EMPHASIS",
                text = "بر اطلاع‌رسانی به‌موقع تأکید شد." },
        });
        Assert.Equal("EMPHASIS", response.At("recordDecision.decision.kind").GetString());
        Assert.Equal(JsonValueKind.Null, response.At("recordDecision.decision.status").ValueKind);
    }

    [Fact]
    public async Task InvalidInputNamesItsFieldsAndWritesNothing()
    {
        var editor = await factory.CreateKeyAsync(ApiKeyRole.Editor);
        var (id, _) = await RecordAsync("مقرر شد گزارش ماهانه ارسال شود.");
        var counts = await factory.CountsAsync();
        // Ids that are malformed or of another type are refused while the input is read (as HotChocolate does);
        // every other field is checked by the mutation and named in its payload.
        Assert.Equal(["BAD_USER_INPUT", "BAD_USER_INPUT"],
            (await factory.PostAsync(Owners, editor,
            new { input = new { id, version = 1, owners = new[] { new { organizationId = "not-an-id", personId = (string?)"x" } } } })).ErrorCodes);
        Assert.Equal([("ValidationError", "version")],
            (await factory.PostAsync(Owners, editor, new { input = new { id, version = 0, owners = Array.Empty<object>() } }))
            .PayloadErrors("setDecisionOwners"));
        Assert.Equal(["BAD_USER_INPUT"], (await factory.PostAsync(DueDate, editor, new { input = new { id = "bad", version = 1, dueDate = "2199-01-01" } }))
            .ErrorCodes);
        var due = await factory.PostAsync(DueDate, editor, new { input = new { id, version = 1, dueDate = "1800-01-01", reason = "  " } });
        Assert.Equal([("ValidationError", "dueDate"), ("ValidationError", "reason")], due.PayloadErrors("setDecisionDueDate").Order().ToList());
        var status = await factory.PostAsync(Status, editor, new { input = new { id, version = 0, status = "DONE" } });
        Assert.Equal([("ValidationError", "version")], status.PayloadErrors("changeDecisionStatus"));
        var note = await factory.PostAsync(Note, editor, new { input = new { decisionId = id, text = " ", idempotencyKey = new string('k', 200) } });
        Assert.Equal([("ValidationError", "idempotencyKey"), ("ValidationError", "text")], note.PayloadErrors("addDecisionNote").Order().ToList());
        Assert.Equal(["BAD_USER_INPUT"], (await factory.PostAsync(Record, editor, new { input = new { meetingId = id, text = "مقرر شد." } })).ErrorCodes);
        var meeting = await factory.IdAsync<Meeting>(q => q.Where(m => m.TitleEn == Supervision));
        Assert.Equal([("ValidationError", "text")], (await factory.PostAsync(Record, editor, new { input = new { meetingId = meeting, text = "" } }))
            .PayloadErrors("recordDecision"));
        Assert.Equal(counts, await factory.CountsAsync());
    }

    [Fact]
    public async Task OnlyEditorsAndAdminsChangeADecisionAndARefusalWritesNothing()
    {
        var (id, _) = await RecordAsync("مقرر شد جلسه بعدی در منطقه برگزار شود.", "DECISION", "District 20 Crisis Management and Passive Defense Office");
        var admin = await factory.CreateKeyAsync(ApiKeyRole.Admin);
        var keys = new[]
        {
            await factory.CreateKeyAsync(ApiKeyRole.Partner, organization: "District 20 Crisis Management and Passive Defense Office"),
            await factory.CreateKeyAsync(ApiKeyRole.Inspector, person: "Hossein Amanlou"),
            await factory.CreateKeyAsync(ApiKeyRole.Integrator),
        };
        var counts = await factory.CountsAsync();
        foreach (var key in keys)
        {
            Assert.Equal(["AUTH_NOT_AUTHORIZED"], (await factory.PostAsync(Status, key, new { input = new { id, version = 1, status = "DONE" } })).ErrorCodes);
            Assert.Equal(["AUTH_NOT_AUTHORIZED"], (await factory.PostAsync(DueDate, key, new { input = new { id, version = 1, dueDate = "2199-01-01" } }))
                .ErrorCodes);
            Assert.Equal(["AUTH_NOT_AUTHORIZED"],
                (await factory.PostAsync(Owners, key, new { input = new { id, version = 1, owners = Array.Empty<object>() } })).ErrorCodes);
            Assert.Equal(["AUTH_NOT_AUTHORIZED"],
                (await factory.PostAsync(Record, key, new { input = new { meetingId = await factory.IdAsync<Meeting>(q => q), text = "x" } })).ErrorCodes);
        }

        Assert.Equal(["AUTH_NOT_AUTHENTICATED"], (await factory.PostAsync(Status, null, new { input = new { id, version = 1, status = "DONE" } })).ErrorCodes);
        Assert.Equal(counts, await factory.CountsAsync());

        var byAdmin = await factory.PostAsync(Status, admin, new { input = new { id, version = 1, status = "IN_PROGRESS" } });
        Assert.Equal("IN_PROGRESS", byAdmin.At("changeDecisionStatus.decision.status").GetString());
    }

    [Fact]
    public async Task APartnerAddsProgressOnlyToADecisionItsOrganizationOwnsAndARetryAddsOneNote()
    {
        var (id, key) = await RecordAsync("مقرر شد تمرین مشترک امداد برگزار شود.", "DECISION", "Crisis Management Directorate-General, Qom Governorate");
        // Qom's governorate owns it through its crisis directorate; Rey's welfare office does not.
        var qom = await factory.CreateKeyAsync(ApiKeyRole.Partner, organization: "Qom Governorate");
        var rey = await factory.CreateKeyAsync(ApiKeyRole.Partner, organization: "Rey County Welfare Office");
        var integrator = await factory.CreateKeyAsync(ApiKeyRole.Integrator);
        var counts = await factory.CountsAsync();
        var refused = await factory.PostAsync(Note, rey, new { input = new { decisionId = id, text = "پیشرفتی نداریم" } });
        Assert.Equal([("NotAuthorizedError", "")], refused.PayloadErrors("addDecisionNote"));
        Assert.Equal(["AUTH_NOT_AUTHORIZED"], (await factory.PostAsync(Note, integrator, new { input = new { decisionId = id, text = "x" } })).ErrorCodes);
        Assert.Equal(counts, await factory.CountsAsync());

        var input = new { decisionId = id, text = "تیم‌های امداد قم معرفی شدند.", notedOn = "2024-11-20", idempotencyKey = "note-" + Guid.NewGuid() };
        var first = await factory.PostAsync(Note, qom, new { input });
        Assert.Empty(first.PayloadErrors("addDecisionNote"));
        Assert.Equal("2024-11-20", first.At("addDecisionNote.decisionNote.notedOn").GetString());
        Assert.Equal("Qom Governorate", first.At("addDecisionNote.decisionNote.authorOrganization.nameEn").GetString());
        Assert.EndsWith(":Partner", first.At("addDecisionNote.decisionNote.author").GetString(), StringComparison.Ordinal);
        var afterFirst = await factory.CountsAsync();
        var retry = await factory.PostAsync(Note, qom, new { input });
        Assert.Equal(first.At("addDecisionNote.decisionNote.id").GetString(), retry.At("addDecisionNote.decisionNote.id").GetString());
        Assert.Equal(afterFirst, await factory.CountsAsync());
        Assert.Equal(1, await factory.ReadAsync(db => db.DecisionNotes.CountAsync(n => n.DecisionId == key)));
        var note = Keys.Of(first.At("addDecisionNote.decisionNote.id").GetString()!, nameof(DecisionNote))
            .ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(1, await factory.ReadAsync(db => db.AuditEntries.CountAsync(a => a.EntityType == nameof(DecisionNote) && a.EntityKey == note)));
    }

    [Fact]
    public async Task AnInspectorOfTheOwningNetworkAndAnEditorAddNotesWithToday()
    {
        var (id, key) = await RecordAsync("شبکه ناظرین گزارش بازدیدها را ارائه می‌کند.", "COMMITMENT",
            "People's Observers Network of the Inspection Organization");
        var inspector = await factory.CreateKeyAsync(ApiKeyRole.Inspector, person: "Hossein Amanlou");
        var response = await factory.PostAsync(Note, inspector, new { input = new { decisionId = id, text = "گزارش نخست ارائه شد." } });
        Assert.Empty(response.PayloadErrors("addDecisionNote"));
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, Hamahang.Api.Text.Jalali.Tehran).DateTime);
        Assert.Equal(today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), response.At("addDecisionNote.decisionNote.notedOn")
            .GetString());
        var editor = await factory.CreateKeyAsync(ApiKeyRole.Editor);
        Assert.Empty((await factory.PostAsync(Note, editor, new { input = new { decisionId = id, text = "پیگیری شد." } })).PayloadErrors("addDecisionNote"));
        Assert.Equal(2, await factory.ReadAsync(db => db.DecisionNotes.CountAsync(n => n.DecisionId == key)));
    }
}

using System.Linq.Expressions;
using Hamahang.Api.Domain;
using Hamahang.Api.GraphQL.Authorization;
using Hamahang.Api.Text;
using Microsoft.EntityFrameworkCore;

namespace Hamahang.Api.Data.Seed;

/// <summary>
/// The facts of the five source documents (/work/shared/seeds, summarised in DOMAIN.md): the 22
/// districts, the organizations, people, sites, meetings, decisions, working groups, inspections
/// and findings they name. Idempotent: each record is found by its natural key (a district's
/// number, an organization's or person's name, a meeting's title and start) and added only when
/// missing, with its parts; a second run adds nothing. The host seeds only an empty database;
/// the <c>seed</c> command adds what is missing to any database.
/// </summary>
public sealed partial class Seeder(AppDbContext db, Caller caller)
{
    private readonly Dictionary<int, District> districts = [];
    private readonly Dictionary<string, Organization> organizations = [];
    private readonly Dictionary<string, Person> people = [];
    private readonly Dictionary<string, Site> sites = [];
    private CancellationToken cancellation;

    /// <summary>Adds what is missing; returns how many records were added (audit entries aside).</summary>
    public async Task<int> SeedAsync(CancellationToken cancellationToken = default)
    {
        cancellation = cancellationToken;
        caller.IdentifyAs("system:seed");
        await SeedDistrictsAsync();
        await SeedOrganizationsAsync();
        await SeedPartnershipsAsync();
        await SeedPeopleAsync();
        await SeedSitesAsync();
        await SeedDistrict20Async();
        await SeedCampaignAsync();
        await SeedVaccinationCampaignAsync();
        await SeedCapacitiesAsync();
        await SeedDistrict10Async();
        await SeedDistrict19Async();
        await SeedWelfareAsync();
        var added = db.ChangeTracker.Entries().Count(e => e.State == EntityState.Added);
        await db.SaveChangesAsync(cancellationToken);
        return added;
    }

    // The record matching the natural key, tracked or stored; otherwise a new one, added with
    // the parts that build() gives it.
    private async Task<T> EnsureAsync<T>(Expression<Func<T, bool>> match, Func<T> create, Action<T>? build = null)
        where T : Entity
    {
        var existing = db.Set<T>().Local.FirstOrDefault(match.Compile())
            ?? await db.Set<T>().FirstOrDefaultAsync(match, cancellation);
        if (existing is not null)
        {
            return existing;
        }

        var entity = create();
        build?.Invoke(entity);
        db.Set<T>().Add(entity);
        return entity;
    }

    // A meeting's decisions come from the meeting's source.
    private Task<Meeting> MeetingAsync(Meeting meeting, Action<Meeting> build) =>
        EnsureAsync(m => m.Title == meeting.Title && m.StartsAt == meeting.StartsAt, () => meeting, m =>
        {
            build(m);
            m.Decisions.ForEach(d => d.Source ??= m.Source);
        });

    // The source a seeded meeting already names, by its outlet's news code, for the other records it
    // reports; none on a store older than sources (the legacy upgrade seeds one).
    private async Task<Source?> SourceAsync(string newsCode) =>
        db.Model.FindEntityType(typeof(Source)) is null
            ? null
            : db.Sources.Local.FirstOrDefault(s => s.NewsCode == newsCode) ?? await db.Sources.FirstOrDefaultAsync(s => s.NewsCode == newsCode);

    // The first moment of a Jalali day in Tehran: a day-precise date.
    private static DateTime Day(string jalali) => Jalali.ParseStartOfDayUtc(jalali);

    private static DateOnly Date(string jalali) => Jalali.ParseDate(jalali);

    // The first moment of a Jalali year in Tehran: a year-precise date.
    private static DateTime Year(int year) => new JalaliDate(year, 1, 1).StartOfDayUtc();

    // A Jalali date and a Tehran wall-clock time, as a UTC instant.
    private static DateTime At(string jalali, int hour, int minute = 0) =>
        Jalali.ParseStartOfDayUtc(jalali).AddHours(hour).AddMinutes(minute);

    private static void Agenda(Meeting meeting, params string[] titles)
    {
        for (var i = 0; i < titles.Length; i++)
        {
            meeting.AgendaItems.Add(new AgendaItem { Position = i + 1, Title = titles[i] });
        }
    }

    // A null role: the source does not say what part the attendee played.
    private static void Attend(Meeting meeting, AttendeeRole? role, Person? person, Organization? organization, string? description = null) =>
        meeting.Attendees.Add(new MeetingAttendee { Role = role, Person = person, Organization = organization, Description = description });

    // An outcome as the source records it: its kind, and only the owners it names ("org" or "org:person");
    // the status and due date the sources never state stay null.
    private Decision Decide(Meeting meeting, OutcomeKind kind, string text, params string[] owners)
    {
        var decision = new Decision { Position = meeting.Decisions.Count + 1, Kind = kind, Text = text };
        foreach (var owner in owners)
        {
            var (organization, person) = owner.Split(':') is [var o, var p] ? (o, p) : (owner, null);
            decision.Owners.Add(new DecisionOwner { Organization = organizations[organization], Person = person is null ? null : people[person] });
        }

        meeting.Decisions.Add(decision);
        return decision;
    }

    private static void Tag(Meeting meeting, params string[] tags)
    {
        foreach (var tag in tags)
        {
            meeting.Tags.Add(new MeetingTag { Name = tag });
        }
    }
}

using Hamahang.Api.Commands;
using Hamahang.Api.Data;
using Hamahang.Api.Domain;
using Hamahang.Api.GraphQL.Authorization;
using Hamahang.Api.GraphQL.Errors;
using Microsoft.EntityFrameworkCore;

namespace Hamahang.Api.Decisions;

/// <summary>
/// Records a meeting's outcomes and follows decisions up: editors and administrators record and change them;
/// the owners (partners and inspectors whose organization owns a decision) add progress notes to it.
/// </summary>
public sealed class DecisionCommands(AppDbContext db, Caller caller, IServiceProvider services) : CommandService(db, caller, services)
{
    public const string AddNoteOperation = "addDecisionNote";

    private readonly TimeProvider clock = services.GetRequiredService<TimeProvider>();

    public async Task<Decision> RecordAsync(RecordDecisionInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        await ValidateAsync(input, cancellationToken);
        var meeting = await LoadAsync(Db.Meetings.Include(m => m.Decisions), input.MeetingId, cancellationToken);
        if (meeting.Status == MeetingStatus.Cancelled)
        {
            throw new DomainRuleException("The meeting is cancelled; a cancelled meeting does not change.");
        }

        var decision = new Decision
        {
            MeetingId = meeting.Id,
            Position = meeting.Decisions.Select(d => d.Position).DefaultIfEmpty().Max() + 1,
            Kind = input.Kind,
            Text = input.Text.Trim(),
            DueDate = input.DueDate,
            // An emphasis is said, not carried out: it has nothing to follow up.
            Status = input.Kind == OutcomeKind.Emphasis ? null : DecisionStatus.Open,
        };
        foreach (var owner in input.OwnerOrganizationIds ?? [])
        {
            decision.Owners.Add(new DecisionOwner { OrganizationId = (await ReferenceAsync<Organization>(owner, cancellationToken))!.Value });
        }

        Db.Decisions.Add(decision);
        await SaveAsync(cancellationToken);
        return decision;
    }

    public async Task<Decision> SetOwnersAsync(SetDecisionOwnersInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        await ValidateAsync(input, cancellationToken);
        var decision = await LoadAsync(Db.Decisions.Include(d => d.Owners), input.Id, cancellationToken);
        var owners = new List<DecisionOwner>();
        foreach (var owner in input.Owners)
        {
            owners.Add(new DecisionOwner
            {
                OrganizationId = (await ReferenceAsync<Organization>(owner.OrganizationId, cancellationToken))!.Value,
                PersonId = await ReferenceAsync<Person>(owner.PersonId, cancellationToken),
            });
        }

        ExpectVersion(decision, input.Version);
        // Owners kept stay as they are; only the ones dropped, added or given another person change.
        foreach (var existing in decision.Owners.ToList())
        {
            var kept = owners.FirstOrDefault(o => o.OrganizationId == existing.OrganizationId);
            if (kept is null)
            {
                Db.DecisionOwners.Remove(existing);
                decision.Owners.Remove(existing);
            }
            else
            {
                existing.PersonId = kept.PersonId;
                owners.Remove(kept);
            }
        }

        decision.Owners.AddRange(owners);
        await SaveAsync(cancellationToken);
        return decision;
    }

    public async Task<Decision> SetDueDateAsync(SetDecisionDueDateInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        await ValidateAsync(input, cancellationToken);
        var decision = await LoadAsync(Db.Decisions, input.Id, cancellationToken);
        ExpectVersion(decision, input.Version);
        // A due date moves only with a reason (DOMAIN.md); the first one needs none.
        if (decision.DueDate is not null && input.Reason is null)
        {
            throw new ValidationException("reason", "'reason' must say why a due date that was set moves.", ValidationCode.Required);
        }

        if (decision.DueDate == input.DueDate)
        {
            throw new ValidationException("dueDate", "'dueDate' is already the decision's due date.", ValidationCode.Unchanged);
        }

        decision.DueDateChanges.Add(new DecisionDueDateChange
        {
            PreviousDueDate = decision.DueDate,
            DueDate = input.DueDate,
            Reason = input.Reason?.Trim(),
            Actor = Caller.Name,
        });
        decision.DueDate = input.DueDate;
        await SaveAsync(cancellationToken);
        return decision;
    }

    public async Task<Decision> ChangeStatusAsync(ChangeDecisionStatusInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        await ValidateAsync(input, cancellationToken);
        var decision = await LoadAsync(Db.Decisions, input.Id, cancellationToken);
        ExpectVersion(decision, input.Version);
        decision.Status = input.Status;
        await SaveAsync(cancellationToken);
        return decision;
    }

    public async Task<DecisionNote> AddNoteAsync(AddDecisionNoteInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        await ValidateAsync(input, cancellationToken);
        return await Db.CreateOnceAsync(AddNoteOperation, input.IdempotencyKey, Caller, async () =>
        {
            var decision = await LoadAsync(Db.Decisions.Include(d => d.Owners).ThenInclude(o => o.Organization), input.DecisionId, cancellationToken);
            if ((Caller.Role is ApiKeyRole.Partner or ApiKeyRole.Inspector)
                && !DecisionFollowUp.IsOwner(decision, Caller.OrganizationId ?? await PersonOrganizationAsync(cancellationToken), Caller.PersonId))
            {
                throw new NotAuthorizedException("Only the owners of this decision may add progress to it.");
            }

            var note = new DecisionNote
            {
                DecisionId = decision.Id,
                Text = input.Text.Trim(),
                NotedOn = input.NotedOn ?? DecisionFollowUp.Today(clock),
                Author = Caller.Name,
                AuthorOrganizationId = Caller.OrganizationId ?? await PersonOrganizationAsync(cancellationToken),
                AuthorPersonId = Caller.PersonId,
            };
            Db.DecisionNotes.Add(note);
            await SaveAsync(cancellationToken);
            return note;
        }, cancellationToken);
    }

    // A key bound to a person reports for the person's organization.
    private async Task<int?> PersonOrganizationAsync(CancellationToken cancellationToken) => Caller.PersonId is { } person
        ? await Db.People.Where(p => p.Id == person).Select(p => p.OrganizationId).FirstOrDefaultAsync(cancellationToken)
        : null;
}

using Hamahang.Api.Commands;
using Hamahang.Api.Data;
using Hamahang.Api.Domain;
using Hamahang.Api.GraphQL.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Hamahang.Api.Inspections;

/// <summary>
/// Files findings and follows them up: inspectors on the inspections assigned to them, and administrators.
/// A finding is never deleted; every change goes into its history (<see cref="FindingHistoryRecorder"/>).
/// </summary>
public sealed class FindingCommands(AppDbContext db, Caller caller, IServiceProvider services) : CommandService(db, caller, services)
{
    public const string FileOperation = "fileFinding";

    public async Task<Finding> FileAsync(FileFindingInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        await ValidateAsync(input, cancellationToken);
        return await Db.CreateOnceAsync(FileOperation, input.IdempotencyKey, Caller, () => FileNewAsync(input, cancellationToken), cancellationToken);
    }

    public async Task<Finding> ChangeStatusAsync(ChangeFindingStatusInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        await ValidateAsync(input, cancellationToken);
        var finding = await LoadFollowedAsync(input.Id, cancellationToken);
        ExpectVersion(finding, input.Version);
        finding.Status = input.Status;
        // The recorder puts the changed status in front of the note.
        finding.History.Add(new FindingHistoryEntry { Actor = Caller.Name, Status = input.Status, Change = "Note: " + input.Note.Trim() });
        await SaveAsync(cancellationToken);
        return finding;
    }

    public async Task<Finding> DismissAsync(DismissFindingInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        await ValidateAsync(input, cancellationToken);
        var finding = await LoadFollowedAsync(input.Id, cancellationToken);
        ExpectVersion(finding, input.Version);
        finding.Status = FindingStatus.Dismissed;
        finding.DismissalReason = input.Reason.Trim();
        await SaveAsync(cancellationToken);
        return finding;
    }

    private async Task<Finding> FileNewAsync(FileFindingInput input, CancellationToken cancellationToken)
    {
        var inspection = await LoadAsync(Db.Inspections.Include(i => i.Inspectors).Include(i => i.District), input.InspectionId, cancellationToken);
        Caller.RequireAssignedTo(inspection, "file findings on it");
        if (inspection.Status == InspectionStatus.Cancelled)
        {
            throw new DomainRuleException("A cancelled inspection takes no findings.");
        }

        var finding = new Finding
        {
            InspectionId = inspection.Id,
            Category = input.Category,
            Severity = input.Severity,
            Title = input.Title.Trim(),
            Description = input.Description?.Trim(),
            Location = input.Location?.Trim(),
            Channel = input.Channel,
            Status = FindingStatus.Filed,
            ResponsibleOrganizationId = await ReferenceAsync<Organization>(input.ResponsibleOrganizationId, cancellationToken),
            DueDate = input.DueDate,
            IsConfidential = input.IsConfidential,
        };
        Db.Findings.Add(finding);
        await SaveAndRaiseAsync(() => (FindingEvents.FiledTopic(inspection.District!.Number),
            new FindingFiledEvent(finding.Id, inspection.District.Number, finding.IsConfidential)), cancellationToken);
        return finding;
    }

    // A dismissed finding stays dismissed: it is the record of why nothing more was done.
    private async Task<Finding> LoadFollowedAsync(int id, CancellationToken cancellationToken)
    {
        var finding = await LoadAsync(Db.Findings.Include(f => f.Inspection).ThenInclude(i => i!.Inspectors), id, cancellationToken);
        Caller.RequireAssignedTo(finding.Inspection!, "follow its findings");
        if (finding.Status == FindingStatus.Dismissed)
        {
            throw new DomainRuleException("The finding is dismissed; a dismissed finding does not change.");
        }

        return finding;
    }
}

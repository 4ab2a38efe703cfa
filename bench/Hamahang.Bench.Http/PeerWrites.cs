using Hamahang.Api.Data;
using Hamahang.Api.Domain;
using Hamahang.Api.Inspections;
using Hamahang.GraphQL.Data;
using Hamahang.GraphQL.EntityFramework.Subscriptions;
using Microsoft.EntityFrameworkCore;

namespace Hamahang.Bench.Http;

/// <summary>What the benchmarked document files: <c>fileFinding(input: { inspectionId, category, severity, channel, title })</c>.</summary>
internal sealed record FindingInput(int InspectionId, FindingCategory Category, FindingSeverity Severity, FindingChannel Channel, string Title,
    string? Description = null, string? Location = null, bool IsConfidential = false)
{
    /// <summary>The input of <c>operations/fileFinding.json</c>, which the hand-written endpoint files without reading its body.</summary>
    public static FindingInput Benchmarked { get; } =
        new(1, FindingCategory.Problem, FindingSeverity.Low, FindingChannel.Field, "نشت آب در انبار پایگاه پشتیبانی");
}

/// <summary>A filed finding, or the payload error a client reads (its GraphQL type name and message).</summary>
internal sealed record FiledFinding(int? Id, string? ErrorType = null, string? Message = null);

/// <summary>
/// The write both .NET peers make for <c>fileFinding</c>, over Hamahang's own context: the inspection loaded (missing: a
/// NotFoundError; cancelled: a DomainRuleError), then in one transaction the finding and, from the context's own save, its
/// "Filed" history entry, an audit entry for each, its version and normalised title; then the outbox event, as
/// Hamahang's command does. No key is checked and no input validated (Hamahang does both).
/// </summary>
internal static class PeerWrites
{
    public static async Task<FiledFinding> FileFindingAsync(AppDbContext db, FindingInput input, CancellationToken cancellationToken)
    {
        var inspection = await db.Inspections.AsNoTracking().Where(i => i.Id == input.InspectionId)
            .Select(i => new { i.Status, District = i.District!.Number }).FirstOrDefaultAsync(cancellationToken);
        if (inspection is null)
        {
            return new(null, "NotFoundError", $"There is no Inspection with the id \"{NodeId.Encode(nameof(Inspection), input.InspectionId)}\".");
        }

        if (inspection.Status == InspectionStatus.Cancelled)
        {
            return new(null, "DomainRuleError", "A cancelled inspection takes no findings.");
        }

        var finding = new Finding
        {
            InspectionId = input.InspectionId,
            Category = input.Category,
            Severity = input.Severity,
            Channel = input.Channel,
            Title = input.Title.Trim(),
            Description = input.Description?.Trim(),
            Location = input.Location?.Trim(),
            Status = FindingStatus.Filed,
            IsConfidential = input.IsConfidential,
        };
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Findings.Add(finding);
        await db.SaveChangesAsync(cancellationToken);
        db.AddTopicEvent(FindingEvents.FiledTopic(inspection.District), new FindingFiledEvent(finding.Id, inspection.District, finding.IsConfidential));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new(finding.Id);
    }
}

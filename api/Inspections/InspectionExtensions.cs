using Hamahang.Api.Domain;
using Hamahang.Api.GraphQL;
using Hamahang.Api.GraphQL.Authorization;
using Hamahang.Api.Text;
using Hamahang.GraphQL.Data;
using Hamahang.GraphQL.Types;

namespace Hamahang.Api.Inspections;

[ExtendObjectType(typeof(Inspection))]
public static class InspectionExtensions
{
    [Cost(0)]
    [GraphQLDescription("When the inspection is planned, in the Solar Hijri calendar, Tehran time, to the precision its source gives (`1402/02/11 09:00`, `1402/02/11`, `1402/02`, `1402`).")]
    [ProjectionRequires(nameof(Inspection.PlannedAt), nameof(Inspection.PlannedAtPrecision))]
    public static string GetPlannedAtJalali([Parent] Inspection inspection) =>
        PreciseDate.Format(inspection.PlannedAt, inspection.PlannedAtPrecision) ?? Jalali.FormatWithTime(inspection.PlannedAt);

    [Cost(0)]
    [GraphQLDescription("When the inspection is planned, as the sources print a date, with its weekday («دوشنبه ۱۱ اردیبهشت ۱۴۰۲»).")]
    [ProjectionRequires(nameof(Inspection.PlannedAt), nameof(Inspection.PlannedAtPrecision))]
    public static string? GetPlannedAtJalaliLong([Parent] Inspection inspection) => PreciseDate.ToLongString(inspection.PlannedAt, inspection.PlannedAtPrecision);

    [Cost(1)]
    [GraphQLDescription("The inspection's findings the caller may read (confidential ones only for editors, admins and its inspectors).")]
    public static Task<Finding[]> GetFindings([Parent] Inspection inspection, IResolverContext context, Caller caller)
    {
        var visible = ReadPolicy.Findings(caller);
        return context.Group<int, Finding>("Inspection.findings", (db, keys) =>
            db.Findings.Where(visible).Where(f => keys.Contains(f.InspectionId)).OrderBy(f => f.Id)
                .Select(f => new Keyed<int, Finding>(f.InspectionId, f)))
            .LoadAsync(inspection.Id);
    }

    [Cost(1)]
    [GraphQLDescription("The people who inspect.")]
    public static Task<Person[]> GetInspectors([Parent] Inspection inspection, IResolverContext context) =>
        context.Group<int, Person>("Inspection.inspectors", (db, keys) =>
            db.InspectionInspectors.Where(i => keys.Contains(i.InspectionId)).OrderBy(i => i.Id)
                .Select(i => new Keyed<int, Person>(i.InspectionId, i.Person!)))
            .LoadAsync(inspection.Id);
}

[ExtendObjectType(typeof(Finding))]
public static class FindingExtensions
{
    [Cost(0)]
    [GraphQLDescription("When the finding was filed, in the Solar Hijri calendar, Tehran time.")]
    [ProjectionRequires(nameof(Finding.CreatedAt))]
    public static string GetFiledAtJalali([Parent] Finding finding) => Jalali.FormatWithTime(finding.CreatedAt);

    [Cost(1)]
    [GraphQLDescription("Every change to the finding (who, when, what), oldest first.")]
    public static Task<FindingHistoryEntry[]> GetHistory([Parent] Finding finding, IResolverContext context) =>
        context.Group<int, FindingHistoryEntry>("Finding.history", (db, keys) =>
            db.FindingHistory.Where(h => keys.Contains(h.FindingId)).OrderBy(h => h.CreatedAt).ThenBy(h => h.Id)
                .Select(h => new Keyed<int, FindingHistoryEntry>(h.FindingId, h)))
            .LoadAsync(finding.Id);
}

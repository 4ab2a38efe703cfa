using Hamahang.Api.Domain;
using Hamahang.Api.Text;
using Hamahang.GraphQL.Data;
using Hamahang.GraphQL.Types;

namespace Hamahang.Api.Inspections;

[ExtendObjectType(typeof(Inspection))]
public static class InspectionExtensions
{
    [Cost(0)]
    [GraphQLDescription("When the inspection is planned, in the Solar Hijri calendar, Tehran time, to the precision its source gives (`1402/02/11 09:00`, " +
        "`1402/02/11`, `1402/02`, `1402`).")]
    [ProjectionRequires(nameof(Inspection.PlannedAt), nameof(Inspection.PlannedAtPrecision))]
    public static string GetPlannedAtJalali([Parent] Inspection inspection) =>
        PreciseDate.Format(inspection.PlannedAt, inspection.PlannedAtPrecision) ?? Jalali.FormatWithTime(inspection.PlannedAt);

    [Cost(0)]
    [GraphQLDescription("When the inspection is planned, as the sources print a date, with its weekday («دوشنبه ۱۱ اردیبهشت ۱۴۰۲»).")]
    [ProjectionRequires(nameof(Inspection.PlannedAt), nameof(Inspection.PlannedAtPrecision))]
    public static string? GetPlannedAtJalaliLong([Parent] Inspection inspection) =>
        PreciseDate.ToLongString(inspection.PlannedAt, inspection.PlannedAtPrecision);

    [Cost(1)]
    [GraphQLDescription("The inspection's findings the caller may read (confidential ones only for editors, admins and its inspectors).")]
    public static Task<Finding[]> GetFindings([Parent] Inspection inspection, InspectionFindingsDataLoader findings) =>
        findings.LoadAsync(inspection.Id);

    [Cost(1)]
    [GraphQLDescription("The people who inspect.")]
    public static Task<Person[]> GetInspectors([Parent] Inspection inspection, InspectionInspectorsDataLoader inspectors) =>
        inspectors.LoadAsync(inspection.Id);
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
    public static Task<FindingHistoryEntry[]> GetHistory([Parent] Finding finding, FindingHistoryDataLoader history) => history.LoadAsync(finding.Id);
}

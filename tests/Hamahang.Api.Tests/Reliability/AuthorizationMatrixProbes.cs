using System.Text;
using Hamahang.Api.Commands;
using Hamahang.Api.Domain;
using Hamahang.Api.Tests.GraphQL;
using Hamahang.Api.Tests.Reliability.Fuzz;
using Hamahang.GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Hamahang.Api.Tests.Reliability;

/// <summary>
/// The seeded records the matrix aims at, so ownership shows: the confidential finding and its inspection (Amanlou's),
/// a decision Qom's governorate owns, approved (unpublished) minutes, District 19, and what scheduling an inspection names.
/// </summary>
internal sealed record AuthorizationMatrixTargets(
    string Finding, string Inspection, string QomDecision, string ApprovedMinutes, string District, string Observers, string Amanlou)
{
    public static async Task<AuthorizationMatrixTargets> LoadAsync(HostFactory factory) => await factory.ReadAsync(async db =>
    {
        var finding = await db.Findings.Where(f => f.IsConfidential).Select(f => new { f.Id, f.InspectionId }).SingleAsync();
        var decision = await db.Decisions
            .Where(d => d.Owners.Any(o => o.Organization!.Name == AuthorizationMatrixRoles.Qom || o.Organization.Parent!.Name == AuthorizationMatrixRoles.Qom))
            .Select(d => d.Id).FirstAsync();
        var minutes = await db.Minutes.Where(m => m.Status == MinutesStatus.Approved).Select(m => m.Id).FirstAsync();
        return new AuthorizationMatrixTargets(
            Ids.Of(nameof(Domain.Finding), finding.Id),
            Ids.Of(nameof(Domain.Inspection), finding.InspectionId),
            Ids.Of(nameof(Decision), decision),
            Ids.Of(nameof(Minutes), minutes),
            Ids.Of(nameof(Domain.District), await db.Districts.Where(d => d.Number == 19).Select(d => d.Id).SingleAsync()),
            Ids.Of(nameof(Organization), await db.Organizations.Where(o => o.NameEn == "People's Observers Network of the Inspection Organization")
                .Select(o => o.Id).SingleAsync()),
            Ids.Of(nameof(Person), await db.People.Where(p => p.FullName == AuthorizationMatrixRoles.AssignedInspector).Select(p => p.Id).SingleAsync()));
    });
}

/// <summary>
/// Writes the smallest document that reaches one field: its required arguments filled (ids of the targets where
/// ownership decides, <c>version: 999999</c> so an allowed update passes validation, then ends in a ConcurrencyError and writes nothing), and a
/// selection that shows whether the field answered (a list's items, a connection's nodes, a payload's errors).
/// </summary>
internal sealed class AuthorizationMatrixProbes(AuthorizationMatrixTargets targets)
{
    // Input fields whose value decides who may: the records of the assigned inspector and of Qom's decision.
    private readonly Dictionary<string, object?> _values = new(StringComparer.Ordinal)
    {
        ["FileFindingInput.inspectionId"] = targets.Inspection,
        ["StartInspectionInput.id"] = targets.Inspection,
        ["CompleteInspectionInput.id"] = targets.Inspection,
        ["ChangeFindingStatusInput.id"] = targets.Finding,
        // FILED, the first status, is refused by validation before the ownership check could refuse anyone.
        ["ChangeFindingStatusInput.status"] = new EnumName("UNDER_REVIEW"),
        ["DismissFindingInput.id"] = targets.Finding,
        ["AddDecisionNoteInput.decisionId"] = targets.QomDecision,
        ["ScheduleInspectionInput.districtId"] = targets.District,
        ["ScheduleInspectionInput.inspectingOrganizationId"] = targets.Observers,
        ["ScheduleInspectionInput.inspectorIds"] = new List<object?> { targets.Amanlou },
        ["Query.district.number"] = 19L,
        ["Subscription.findingFiled.district"] = 19L,
    };

    /// <summary><c>name(required: ...) { selection }</c>, the field as a root or nested selection.</summary>
    public string Field(FieldDefinition field, string owner, string? id = null)
    {
        var text = new StringBuilder(field.Name);
        var arguments = field.Arguments.Where(a => a.IsRequired).ToList();
        if (arguments.Count > 0)
        {
            text.Append('(').AppendJoin(", ", arguments.Select(a =>
                $"{a.Name}: " +
                    $"{FuzzValue.Literal(a.Name is "id" && id is not null ? id
                        : a.Name is "ids" && id is not null ? new List<object?> { id }
                        : Value(a.Type, $"{owner}.{field.Name}.{a.Name}"))}")).Append(')');
        }

        return text.Append(Selection(field.Type)).ToString();
    }

    public static string Selection(GraphQLType type) => type.NamedType switch
    {
        ComplexType c when c.GetField("nodes") is not null => " { nodes { __typename } }",
        ComplexType c when c.GetField("errors") is not null => " { errors { __typename } }",
        ComplexType or UnionType => " { __typename }",
        _ => "",
    };

    private object? Value(GraphQLType type, string path)
    {
        if (_values.TryGetValue(path, out var chosen))
        {
            return chosen;
        }

        return type.Nullable switch
        {
            ListType => new List<object?>(),
            EnumType e => new EnumName(e.Values[0].Name),
            InputObjectType input => Input(input),
            ScalarType s => s.Name switch
            {
                "Int" => 1L,
                "Long" => 999_999L,
                "Float" or "Decimal" => 1.0,
                "Boolean" => false,
                "ID" => "x",
                "DateTime" => "2026-01-01T09:00:00Z",
                "Date" => "2026-01-01",
                _ => "matrix",
            },
            _ => null,
        };
    }

    private Dictionary<string, object?> Input(InputObjectType input)
    {
        var map = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var field in input.Fields)
        {
            var path = $"{input.Name}.{field.Name}";
            if (field.IsRequired || _values.ContainsKey(path))
            {
                // An id of the type the field names (of no record), so the probe passes the input's checks.
                map[field.Name] = !_values.ContainsKey(path) && field.Metadata.GetValueOrDefault("id") is string idType && field.Type.Nullable is ScalarType
                    ? Ids.Of(idType, 999_999)
                    : Value(field.Type, path);
            }
        }

        return map;
    }
}

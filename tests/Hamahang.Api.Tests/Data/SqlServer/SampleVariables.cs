using System.Text;
using System.Text.Json;
using Hamahang.GraphQL.Language;
using Hamahang.GraphQL.Types;

namespace Hamahang.Api.Tests.Data.SqlServer;

/// <summary>
/// Variables for an operation, made from its declarations and the schema: an ID is one the host has
/// answered with (of the type the variable's or operation's name says, when it has answered one), an
/// input object has its required fields, and every other value is a plain sample of its type.
/// </summary>
internal sealed class SampleVariables(Schema schema)
{
    private readonly Dictionary<string, List<string>> _ids = new(StringComparer.Ordinal);

    /// <summary>Keeps every node id in <paramref name="response"/>, by the type it names.</summary>
    public void Learn(JsonElement response)
    {
        switch (response.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in response.EnumerateObject())
                {
                    if (property.Name == "id" && property.Value.ValueKind == JsonValueKind.String && TypeOf(property.Value.GetString()!) is { } type)
                    {
                        var ids = _ids.TryGetValue(type, out var known) ? known : _ids[type] = [];
                        if (ids.Count < 3 && !ids.Contains(property.Value.GetString()!))
                        {
                            ids.Add(property.Value.GetString()!);
                        }
                    }

                    Learn(property.Value);
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in response.EnumerateArray())
                {
                    Learn(item);
                }

                break;
        }
    }

    public Dictionary<string, object?> For(OperationDefinitionNode operation) =>
        operation.VariableDefinitions.ToDictionary(v => v.Variable.Name.Value, v => Value(v.Type, v.Variable.Name.Value, operation.Name?.Value ?? ""));

    private object? Value(TypeNode type, string name, string operation) => type switch
    {
        NonNullTypeNode n => Value(n.Type, name, operation),
        ListTypeNode l => new[] { Value(l.Type, name, operation) },
        NamedTypeNode t => Named(schema.GetType(t.Name.Value) ?? throw new InvalidOperationException($"No type {t.Name.Value}"), name, operation),
        _ => null,
    };

    private object? Value(GraphQLType type, string name, string operation) => type switch
    {
        NonNullType n => Value(n.OfType, name, operation),
        ListType l => new[] { Value(l.OfType, name, operation) },
        GraphQLNamedType t => Named(t, name, operation),
        _ => null,
    };

    private object? Named(GraphQLNamedType type, string name, string operation) => type switch
    {
        EnumType e => e.Values[0].Name,
        InputObjectType i => i.Fields.Where(f => f.IsRequired).ToDictionary(f => f.Name, f => Value(f.Type, f.Name, operation)),
        ScalarType { Name: "ID" } => Id(name, operation),
        ScalarType { Name: "Int" } => name.Contains("district", StringComparison.OrdinalIgnoreCase) ? 20 : 1,
        ScalarType { Name: "Long" } => 1L,
        ScalarType { Name: "Float" } => 1.5,
        ScalarType { Name: "Boolean" } => true,
        ScalarType { Name: "DateTime" } => "2024-11-01T08:00:00Z",
        ScalarType { Name: "Date" } => "2024-11-01",
        _ => "نمونه",
    };

    // "meetingId" wants a Meeting; "id" of "MeetingMinutes" the longest type the operation's name starts with.
    private string Id(string name, string operation)
    {
        var wanted = name.EndsWith("Id", StringComparison.Ordinal) && name.Length > 2
            ? char.ToUpperInvariant(name[0]) + name[1..^2]
            : _ids.Keys.Where(t => operation.StartsWith(t, StringComparison.Ordinal)).OrderByDescending(t => t.Length).FirstOrDefault();
        return (wanted is not null && _ids.TryGetValue(wanted, out var ids) ? ids : _ids.Values.FirstOrDefault())?.FirstOrDefault()
            ?? Convert.ToBase64String(Encoding.UTF8.GetBytes("Meeting:1"));
    }

    private static string? TypeOf(string id)
    {
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(id));
            return text.Contains(':', StringComparison.Ordinal) ? text.Split(':', 2)[0] : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}

using Hamahang.GraphQL.Language;

namespace Hamahang.Workshop.Tests;

/// <summary>
/// What an SDL says, as one line per fact, layout and order aside: each type's kind, description, interfaces,
/// members and values; each field's type, description and applied directives; each argument's and input field's
/// type, default value, description and directives; each directive definition. A fact starts with the schema
/// coordinate it is about (<c>Track.sessions(first)</c>), so a known gap can be named by its coordinate.
/// </summary>
public static class SdlFacts
{
    public static SortedSet<string> Of(string sdl)
    {
        var facts = new SortedSet<string>(StringComparer.Ordinal);
        var document = Parser.Parse(sdl);
        if (!document.Definitions.OfType<SchemaDefinitionNode>().Any())
        {
            // No schema definition: the roots are the types named Query, Mutation and Subscription (as graphql-js prints them).
            foreach (var root in document.Definitions.OfType<ObjectTypeDefinitionNode>().Where(t => t.Name.Value is "Query" or "Mutation" or "Subscription"))
            {
                facts.Add($"schema {root.Name.Value.ToLowerInvariant()}: {root.Name.Value}");
            }
        }

        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case SchemaDefinitionNode schema:
                    foreach (var root in schema.OperationTypes)
                    {
                        facts.Add($"schema {root.Operation.ToString().ToLowerInvariant()}: {root.Type.Name.Value}");
                    }

                    break;
                case TypeDefinitionNode type:
                    AddType(facts, type);
                    break;
                case DirectiveDefinitionNode directive:
                    var name = "@" + directive.Name.Value;
                    Describe(facts, name, directive.Description);
                    facts.Add($"{name} on {string.Join(" | ", directive.Locations.Select(l => l.Value).Order(StringComparer.Ordinal))}"
                        + (directive.Repeatable ? " repeatable" : string.Empty));
                    AddInputs(facts, name, directive.Arguments, argument: true);
                    break;
                default:
                    break;
            }
        }

        return facts;
    }

    private static void AddType(SortedSet<string> facts, TypeDefinitionNode type)
    {
        var name = type.Name.Value;
        facts.Add($"{name}: {type.Kind}");
        Describe(facts, name, type.Description);
        AddDirectives(facts, name, type.Directives);
        switch (type)
        {
            case ComplexTypeDefinitionNode complex:
                foreach (var implemented in complex.Interfaces)
                {
                    facts.Add($"{name} implements {implemented.Name.Value}");
                }

                foreach (var field in complex.Fields)
                {
                    var coordinate = $"{name}.{field.Name.Value}";
                    facts.Add($"{coordinate}: {Printer.Print(field.Type)}");
                    Describe(facts, coordinate, field.Description);
                    AddDirectives(facts, coordinate, field.Directives);
                    AddInputs(facts, coordinate, field.Arguments, argument: true);
                }

                break;
            case UnionTypeDefinitionNode union:
                facts.Add($"{name} = {string.Join(" | ", union.Types.Select(t => t.Name.Value).Order(StringComparer.Ordinal))}");
                break;
            case EnumTypeDefinitionNode enumType:
                foreach (var value in enumType.Values)
                {
                    facts.Add($"{name}.{value.Name.Value}: value");
                    Describe(facts, $"{name}.{value.Name.Value}", value.Description);
                    AddDirectives(facts, $"{name}.{value.Name.Value}", value.Directives);
                }

                break;
            case InputObjectTypeDefinitionNode input:
                AddInputs(facts, name, input.Fields, argument: false);
                break;
            default:
                break;
        }
    }

    private static void AddInputs(SortedSet<string> facts, string owner, IReadOnlyList<InputValueDefinitionNode> inputs, bool argument)
    {
        foreach (var input in inputs)
        {
            var coordinate = argument ? $"{owner}({input.Name.Value})" : $"{owner}.{input.Name.Value}";
            facts.Add($"{coordinate}: {Printer.Print(input.Type)}" + (input.DefaultValue is { } value ? " = " + Printer.Print(value) : string.Empty));
            Describe(facts, coordinate, input.Description);
            AddDirectives(facts, coordinate, input.Directives);
        }
    }

    private static void Describe(SortedSet<string> facts, string coordinate, StringValueNode? description)
    {
        if (description is not null)
        {
            // One line per fact: a facts file keeps one a line (Expected/workshop.facts).
            facts.Add($"{coordinate} \"{description.Value.Replace("\n", "\\n", StringComparison.Ordinal)}\"");
        }
    }

    // A directive's arguments in name order: HotChocolate's and our printers order them alike, but order is layout.
    private static void AddDirectives(SortedSet<string> facts, string coordinate, IReadOnlyList<DirectiveNode> directives)
    {
        foreach (var directive in directives)
        {
            var arguments = directive.Arguments.OrderBy(a => a.Name.Value, StringComparer.Ordinal).Select(a => $"{a.Name.Value}: {Printer.Print(a.Value)}");
            facts.Add($"{coordinate} @{directive.Name.Value}({string.Join(", ", arguments)})");
        }
    }
}

using Hamahang.GraphQL.Language;
using Hamahang.GraphQL.Types;

namespace Hamahang.GraphQL.Utilities;

/// <content>Named types, fields, arguments and directives from their definition nodes.</content>
public static partial class BuildSchema
{
    /// <content>Type and directive builders.</content>
    private sealed partial class Builder
    {
        private GraphQLNamedType CreateShell(TypeDefinitionNode node)
        {
            var name = node.Name.Value;
            GraphQLNamedType type = node switch
            {
                ScalarTypeDefinitionNode when _options.Scalars.TryGetValue(name, out var scalar) => scalar,
                ScalarTypeDefinitionNode => new ScalarType(name),
                ObjectTypeDefinitionNode => new ObjectType(name),
                InterfaceTypeDefinitionNode => new InterfaceType(name),
                UnionTypeDefinitionNode => new UnionType(name),
                EnumTypeDefinitionNode => new EnumType(name),
                InputObjectTypeDefinitionNode => new InputObjectType(name),
                _ => throw new ArgumentException($"Unexpected definition {node.Kind}.", nameof(node)),
            };
            if (type.IsFrozen)
            {
                return type;
            }

            type.SyntaxNode = node;
            type.Description = node.Description?.Value;
            return type;
        }

        private void Complete(GraphQLNamedType type, TypeDefinitionNode node)
        {
            var extensions = _extensions.GetValueOrDefault(type.Name) ?? [];
            type.ExtensionSyntaxNodes.AddRange(extensions);
            foreach (var directive in node.Directives.Concat(extensions.SelectMany(e => e.Directives)))
            {
                if (directive.Name.Value is not ("deprecated" or "specifiedBy" or "oneOf"))
                {
                    type.AddAppliedDirective(ToApplied(directive));
                }
            }

            switch (type)
            {
                case ComplexType complex:
                    var complexNodes = new[] { (Interfaces: ((ComplexTypeDefinitionNode)node).Interfaces, Fields: ((ComplexTypeDefinitionNode)node).Fields) }
                        .Concat(extensions.OfType<ComplexTypeExtensionNode>().Select(e => (e.Interfaces, e.Fields)));
                    foreach (var (interfaces, fields) in complexNodes.ToList())
                    {
                        foreach (var iface in interfaces)
                        {
                            complex.AddInterface(GetNamedType(iface.Name.Value));
                        }
                    }

                    foreach (var field in complexNodes.SelectMany(n => n.Fields))
                    {
                        complex.SetField(BuildField(type.Name, field));
                    }

                    break;
                case UnionType union:
                    foreach (var member in ((UnionTypeDefinitionNode)node).Types.Concat(extensions.OfType<UnionTypeExtensionNode>().SelectMany(e => e.Types)))
                    {
                        union.AddType(GetNamedType(member.Name.Value));
                    }

                    break;
                case EnumType enumType:
                    foreach (var value in ((EnumTypeDefinitionNode)node).Values.Concat(extensions.OfType<EnumTypeExtensionNode>().SelectMany(e => e.Values)))
                    {
                        enumType.SetValue(new EnumValueDefinition(value.Name.Value)
                        {
                            Description = value.Description?.Value,
                            DeprecationReason = DeprecationReason(value.Directives),
                            SyntaxNode = value,
                        });
                    }

                    break;
                case InputObjectType input:
                    input.IsOneOf = node.Directives.Any(d => d.Name.Value == "oneOf");
                    var inputFields = ((InputObjectTypeDefinitionNode)node).Fields
                        .Concat(extensions.OfType<InputObjectTypeExtensionNode>().SelectMany(e => e.Fields));
                    foreach (var field in inputFields)
                    {
                        input.SetField(InputValue(new InputFieldDefinition(field.Name.Value, GetType(field.Type)), field));
                    }

                    break;
                case ScalarType scalar:
                    scalar.SpecifiedByUrl = new[] { node.Directives }.Concat(extensions.Select(e => e.Directives))
                        .Select(SpecifiedByUrl).LastOrDefault(url => url is not null);
                    break;
            }
        }

        private FieldDefinition BuildField(string typeName, FieldDefinitionNode node)
        {
            var field = new FieldDefinition(node.Name.Value, GetType(node.Type))
            {
                Description = node.Description?.Value,
                DeprecationReason = DeprecationReason(node.Directives),
                SyntaxNode = node,
                Resolver = _options.Resolvers.GetValueOrDefault(typeName + "." + node.Name.Value),
            };
            foreach (var argument in node.Arguments)
            {
                field.AddArgument(InputValue(new ArgumentDefinition(argument.Name.Value, GetType(argument.Type)), argument));
            }

            return field;
        }

        private T InputValue<T>(T inputValue, InputValueDefinitionNode node)
            where T : InputValueDefinition
        {
            inputValue.Description = node.Description?.Value;
            inputValue.DeprecationReason = DeprecationReason(node.Directives);
            inputValue.SyntaxNode = node;
            if (node.DefaultValue is { } literal)
            {
                inputValue.DefaultValueLiteral = literal;
                _inputValues.Add(inputValue);
            }

            return inputValue;
        }

        private DirectiveDefinition BuildDirective(DirectiveDefinitionNode node)
        {
            var extensions = _directiveExtensions.GetValueOrDefault(node.Name.Value) ?? [];
            var directive = new DirectiveDefinition(node.Name.Value)
            {
                Description = node.Description?.Value,
                IsRepeatable = node.Repeatable,
                DeprecationReason = DeprecationReason(node.Directives)
                    ?? extensions.Select(e => DeprecationReason(e.Directives)).FirstOrDefault(r => r is not null),
                SyntaxNode = node,
            };
            foreach (var location in node.Locations)
            {
                if (DirectiveLocations.TryParse(location.Value, out var parsed))
                {
                    directive.AddLocations(parsed);
                }
            }

            foreach (var argument in node.Arguments)
            {
                directive.AddArgument(InputValue(new ArgumentDefinition(argument.Name.Value, GetType(argument.Type)), argument));
            }

            return directive;
        }

        private static string? DeprecationReason(IReadOnlyList<DirectiveNode> directives)
        {
            var deprecated = directives.FirstOrDefault(d => d.Name.Value == "deprecated");
            if (deprecated is null)
            {
                return null;
            }

            return deprecated.Arguments.FirstOrDefault(a => a.Name.Value == "reason")?.Value is StringValueNode reason
                ? reason.Value
                : SpecifiedDirectives.DefaultDeprecationReason;
        }

        private static string? SpecifiedByUrl(IReadOnlyList<DirectiveNode> directives) =>
            directives.FirstOrDefault(d => d.Name.Value == "specifiedBy")?.Arguments.FirstOrDefault(a => a.Name.Value == "url")?.Value is StringValueNode url
                ? url.Value
                : null;

        private static AppliedDirective ToApplied(DirectiveNode node) =>
            new(node.Name.Value, node.Arguments.ToDictionary(a => a.Name.Value, a => ValueLiterals.ToUntypedValue(a.Value), StringComparer.Ordinal))
            {
                SyntaxNode = node,
            };
    }
}

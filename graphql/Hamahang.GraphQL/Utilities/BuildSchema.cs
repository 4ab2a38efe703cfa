using Hamahang.GraphQL.Language;
using Hamahang.GraphQL.Types;

namespace Hamahang.GraphQL.Utilities;

/// <summary>
/// Builds a schema from SDL, as graphql-js's <c>buildSchema</c> / <c>buildASTSchema</c> do: types in document
/// order with their extensions merged, roots from the schema definition or the conventional names, custom
/// directives followed by the specified ones. Fields without a resolver read the parent's member of the
/// same name (<see cref="DefaultResolvers"/>). The schema is validated unless
/// <see cref="BuildSchemaOptions.AssumeValid"/>. See https://spec.graphql.org/September2025/#sec-Type-System.
/// </summary>
public static partial class BuildSchema
{
    /// <summary>Parses <paramref name="sdl"/> and builds its schema.</summary>
    /// <param name="sdl">The SDL text.</param>
    /// <param name="options">Options.</param>
    /// <exception cref="SchemaValidationException">The schema is invalid (or names an unknown type).</exception>
    public static Schema FromSdl(string sdl, BuildSchemaOptions? options = null) => FromDocument(Parser.Parse(sdl), options);

    /// <summary>Builds the schema a parsed SDL document defines.</summary>
    /// <param name="document">The document.</param>
    /// <param name="options">Options.</param>
    /// <exception cref="SchemaValidationException">The schema is invalid (or names an unknown type).</exception>
    public static Schema FromDocument(DocumentNode document, BuildSchemaOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        options ??= new BuildSchemaOptions();
        var builder = new Builder(document, options);
        var schema = builder.Build();
        if (!options.AssumeValid)
        {
            schema.AssertValid();
        }

        return schema;
    }

    private static SchemaValidationException UnknownType(string name) => new($"Unknown type: \"{name}\".");

    /// <summary>Reads the definitions of one document into a schema.</summary>
    private sealed partial class Builder
    {
        private readonly BuildSchemaOptions _options;
        private readonly List<TypeDefinitionNode> _typeDefinitions = [];
        private readonly Dictionary<string, List<TypeExtensionNode>> _extensions = new(StringComparer.Ordinal);
        private readonly Dictionary<string, List<DirectiveExtensionNode>> _directiveExtensions = new(StringComparer.Ordinal);
        private readonly List<DirectiveDefinitionNode> _directiveDefinitions = [];
        private readonly List<SchemaExtensionNode> _schemaExtensions = [];
        private readonly OrderedDictionary<string, GraphQLNamedType> _types = new(StringComparer.Ordinal);
        private readonly List<InputValueDefinition> _inputValues = [];
        private readonly SchemaDefinitionNode? _schemaDefinition;

        public Builder(DocumentNode document, BuildSchemaOptions options)
        {
            _options = options;
            foreach (var definition in document.Definitions)
            {
                switch (definition)
                {
                    case SchemaDefinitionNode schema:
                        _schemaDefinition = schema;
                        break;
                    case SchemaExtensionNode extension:
                        _schemaExtensions.Add(extension);
                        break;
                    case DirectiveDefinitionNode directive:
                        _directiveDefinitions.Add(directive);
                        break;
                    case DirectiveExtensionNode directiveExtension:
                        Add(_directiveExtensions, directiveExtension.Name.Value, directiveExtension);
                        break;
                    case TypeDefinitionNode type:
                        _typeDefinitions.Add(type);
                        break;
                    case TypeExtensionNode typeExtension:
                        Add(_extensions, typeExtension.Name.Value, typeExtension);
                        break;
                }
            }
        }

        public Schema Build()
        {
            foreach (var node in _typeDefinitions)
            {
                var name = node.Name.Value;
                var standard = BuiltInScalars.IsSpecified(name) ? BuiltInScalars.Find(name)
                    : Introspection.IntrospectionTypes.All.FirstOrDefault(t => t.Name == name);
                _types[name] = standard ?? CreateShell(node);
            }

            foreach (var node in _typeDefinitions)
            {
                if (ReferenceEquals(_types[node.Name.Value].SyntaxNode, node))
                {
                    Complete(_types[node.Name.Value], node);
                }
            }

            var directives = _directiveDefinitions.Select(BuildDirective).ToList();
            directives.AddRange(SpecifiedDirectives.All.Where(s => directives.TrueForAll(d => d.Name != s.Name)));
            CoerceDefaultValues();

            var roots = new Dictionary<OperationType, GraphQLNamedType>();
            foreach (var node in new SyntaxNode?[] { _schemaDefinition }.OfType<SchemaDefinitionNode>().Select(s => s.OperationTypes)
                .Concat(_schemaExtensions.Select(e => e.OperationTypes)).SelectMany(o => o))
            {
                roots[node.Operation] = GetNamedType(node.Type.Name.Value);
            }

            if (_schemaDefinition is null)
            {
                foreach (var (name, operation) in new[] { ("Query", OperationType.Query), ("Mutation", OperationType.Mutation), (
                    "Subscription",
                    OperationType.Subscription) })
                {
                    if (_types.TryGetValue(name, out var root))
                    {
                        roots[operation] = root;
                    }
                }
            }

            return new Schema(
                roots.GetValueOrDefault(OperationType.Query),
                roots.GetValueOrDefault(OperationType.Mutation),
                roots.GetValueOrDefault(OperationType.Subscription),
                _types.Values,
                directives,
                _schemaDefinition?.Description?.Value)
            {
                SyntaxNode = _schemaDefinition,
                ExtensionSyntaxNodes = _schemaExtensions,
                AppliedDirectives = (_schemaDefinition?.Directives ?? []).Concat(_schemaExtensions.SelectMany(e => e.Directives)).Select(ToApplied).ToList(),
            };
        }

        private void CoerceDefaultValues()
        {
            foreach (var inputValue in _inputValues)
            {
                if (InputLiterals.TryCoerce(inputValue.DefaultValueLiteral!, inputValue.Type, out var value))
                {
                    inputValue.DefaultValue = value;
                }
            }
        }

        private GraphQLNamedType GetNamedType(string name) =>
            (BuiltInScalars.IsSpecified(name) ? BuiltInScalars.Find(name) : null)
            ?? Introspection.IntrospectionTypes.All.FirstOrDefault(t => t.Name == name)
            ?? _types.GetValueOrDefault(name)
            ?? throw UnknownType(name);

        private GraphQLType GetType(TypeNode node) => node switch
        {
            NonNullTypeNode nonNull => new NonNullType(GetType(nonNull.Type)),
            ListTypeNode list => new ListType(GetType(list.Type)),
            NamedTypeNode named => GetNamedType(named.Name.Value),
            _ => throw new ArgumentException($"Unexpected type node {node.Kind}.", nameof(node)),
        };

        private static void Add<T>(Dictionary<string, List<T>> map, string key, T value)
        {
            if (!map.TryGetValue(key, out var list))
            {
                list = [];
                map[key] = list;
            }

            list.Add(value);
        }
    }
}

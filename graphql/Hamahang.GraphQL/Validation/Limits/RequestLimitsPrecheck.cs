using Hamahang.GraphQL.Error;
using Hamahang.GraphQL.Language;

namespace Hamahang.GraphQL.Validation.Limits;

/// <summary>
/// The limits checked on the syntax alone, before validation (graphql-cop's "field duplication" and
/// "directive overloading" probes end here with one error). Each count is taken within one operation or one
/// fragment definition without expanding spreads, so it never exceeds what <see cref="RequestLimitsAnalyzer"/>
/// measures after validation with fragments expanded: a document refused here would be refused there too
/// (or is invalid, when the fragment over the limit is never used). One pass over the document; the first
/// limit passed is the only error.
/// </summary>
public static class RequestLimitsPrecheck
{
    /// <summary>The first limit the document's syntax passes, or null.</summary>
    /// <param name="document">The parsed document.</param>
    /// <param name="limits">The limits.</param>
    /// <param name="operationName">The operation the request names: only it (and every fragment) is checked; null checks every operation.</param>
    public static GraphQLError? Check(DocumentNode document, RequestLimits limits, string? operationName = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(limits);
        foreach (var definition in document.Definitions)
        {
            if (definition is not ExecutableDefinitionNode executable)
            {
                continue;
            }

            var selectionSet = executable switch
            {
                OperationDefinitionNode operation when operationName is not null && operation.Name?.Value != operationName => null,
                OperationDefinitionNode operation => operation.SelectionSet,
                FragmentDefinitionNode fragment => fragment.SelectionSet,
                _ => null,
            };
            if (selectionSet is null)
            {
                continue;
            }

            var counts = new Counts(executable, limits);
            var error = counts.Directives(executable, executable.Directives) ?? counts.VariableDirectives(executable) ?? counts.Walk(selectionSet, 0);
            if (error is not null)
            {
                return error;
            }
        }

        return null;
    }

    private sealed class Counts(ExecutableDefinitionNode definition, RequestLimits limits)
    {
        private long _aliases;
        private long _fields;

        public GraphQLError? VariableDirectives(ExecutableDefinitionNode executable)
        {
            if (executable is OperationDefinitionNode operation)
            {
                foreach (var variable in operation.VariableDefinitions)
                {
                    if (Directives(variable, variable.Directives) is { } error)
                    {
                        return error;
                    }
                }
            }

            return null;
        }

        public GraphQLError? Directives(SyntaxNode location, IReadOnlyList<DirectiveNode> directives) =>
            limits.MaxDirectivesPerLocation is { } max && directives.Count > max ? LimitErrors.Directives(location, max, directives.Count) : null;

        public GraphQLError? Walk(SelectionSetNode selectionSet, int depth)
        {
            if (depth + 1 > limits.MaxExecutionDepth)
            {
                return LimitErrors.Depth(definition, limits.MaxExecutionDepth.Value, depth + 1);
            }

            Dictionary<string, int>? keys = null;
            foreach (var selection in selectionSet.Selections)
            {
                if (Directives(selection, selection.Directives) is { } directives)
                {
                    return directives;
                }

                var error = selection switch
                {
                    FieldNode field => Field(field, depth, keys ??= new(StringComparer.Ordinal)),
                    InlineFragmentNode inline => Walk(inline.SelectionSet, depth),
                    _ => null,
                };
                if (error is not null)
                {
                    return error;
                }
            }

            return null;
        }

        private GraphQLError? Field(FieldNode field, int depth, Dictionary<string, int> keys)
        {
            var key = field.ResponseKey;
            var times = keys[key] = keys.GetValueOrDefault(key) + 1;
            if (limits.MaxFieldDuplicates is { } duplicates && times > duplicates)
            {
                return LimitErrors.Duplicates(field, duplicates, times);
            }

            if (field.Alias is not null && ++_aliases > limits.MaxAliases)
            {
                return LimitErrors.Aliases(definition, limits.MaxAliases.Value, _aliases);
            }

            if (++_fields > limits.MaxFields)
            {
                return LimitErrors.Fields(definition, limits.MaxFields.Value, _fields);
            }

            return field.SelectionSet is { } below ? Walk(below, depth + 1) : null;
        }
    }
}

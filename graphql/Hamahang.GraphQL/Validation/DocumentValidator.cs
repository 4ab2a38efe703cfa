using Hamahang.GraphQL.Error;
using Hamahang.GraphQL.Language;
using Hamahang.GraphQL.Types;

namespace Hamahang.GraphQL.Validation;

/// <summary>
/// Validation: checks that an executable document is meaningful for a schema before it is executed,
/// reporting every rule the document breaks (graphql-js's <c>validate</c>). All rules run in one
/// walk of the document, so errors come in document order, interleaved across rules.
/// See https://spec.graphql.org/September2025/#sec-Validation .
/// </summary>
public static class DocumentValidator
{
    /// <summary>Validates a document with the specification's rules (<see cref="SpecifiedRules.All"/>).</summary>
    /// <param name="schema">The schema; it must be valid.</param>
    /// <param name="document">The parsed document.</param>
    /// <param name="options">Suggestions and the error limit; <see cref="ValidationOptions.Default"/> when null.</param>
    /// <returns>The errors, in the order they were found; empty when the document is valid.</returns>
    public static IReadOnlyList<GraphQLError> Validate(Schema schema, DocumentNode document, ValidationOptions? options = null) =>
        Validate(schema, document, SpecifiedRules.All, options);

    /// <summary>Validates a document with the given rules.</summary>
    /// <param name="schema">The schema; it must be valid.</param>
    /// <param name="document">The parsed document.</param>
    /// <param name="rules">The rules, in the order they are called at each node.</param>
    /// <param name="options">Suggestions and the error limit; <see cref="ValidationOptions.Default"/> when null.</param>
    /// <returns>The errors, in the order they were found; empty when the document is valid.</returns>
    /// <exception cref="SchemaValidationException">The schema is not valid.</exception>
    public static IReadOnlyList<GraphQLError> Validate(
        Schema schema,
        DocumentNode document,
        IReadOnlyList<IValidationRule> rules,
        ValidationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(rules);
        options ??= ValidationOptions.Default;
        schema.AssertValid();

        var errors = new List<GraphQLError>();
        var maxErrors = options.MaxErrors;
        var typeInfo = new TypeInfo(schema);
        var context = new ValidationContext(schema, document, typeInfo, options, error =>
        {
            if (errors.Count >= maxErrors)
            {
                throw new ValidationStoppedException(ValidationStoppedException.TooManyErrors);
            }

            errors.Add(error);
        });

        var visitors = new ValidationRuleVisitor[rules.Count];
        for (var i = 0; i < visitors.Length; i++)
        {
            visitors[i] = rules[i].CreateVisitor(context);
        }

        try
        {
            new DocumentWalk(typeInfo, visitors).Visit(document);
        }
        catch (ValidationStoppedException stopped)
        {
            errors.Add(stopped.Error);
        }

        return errors;
    }
}

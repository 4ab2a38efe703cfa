namespace Hamahang.GraphQL.Validation;

/// <summary>
/// A validation rule: one of the specification's "Validation" sections, or a rule of our own
/// (limits, cost). For each document it makes a fresh <see cref="ValidationRuleVisitor"/>, which
/// the validator walks over the document together with every other rule's visitor (graphql-js's
/// <c>ValidationRule</c>: a function from the context to a visitor).
/// See https://spec.graphql.org/September2025/#sec-Validation .
/// </summary>
public interface IValidationRule
{
    /// <summary>Makes the visitor that checks one document; it may keep state for that document.</summary>
    /// <param name="context">The document, the schema, the walk's type information and the error sink.</param>
    ValidationRuleVisitor CreateVisitor(ValidationContext context);
}

namespace Hamahang.GraphQL.Types.CodeFirst;

/// <summary>
/// Rewrites a code-first field after the builder made it from a C# member: changes its type, adds
/// arguments, wraps its resolver. Implemented by <see cref="FieldConventionAttribute"/>s.
/// </summary>
public interface IFieldConvention
{
    /// <summary>Rewrites <see cref="FieldConventionContext.Field"/>.</summary>
    /// <param name="context">The field, its member and access to the builder's types.</param>
    void Apply(FieldConventionContext context);
}

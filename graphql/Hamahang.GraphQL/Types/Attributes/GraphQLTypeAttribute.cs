namespace Hamahang.GraphQL.Types;

/// <summary>
/// Overrides the GraphQL type derived from a member's CLR type, written as SDL (<c>"[String!]!"</c>)
/// or given as a CLR type whose mapping is used instead.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Method | AttributeTargets.Parameter, AllowMultiple = false, Inherited = false)]
public sealed class GraphQLTypeAttribute : Attribute
{
    /// <summary>Uses the GraphQL type written in SDL type syntax, e.g. <c>[ID!]!</c>.</summary>
    /// <param name="typeSyntax">The type reference.</param>
    public GraphQLTypeAttribute(string typeSyntax) => TypeSyntax = typeSyntax;

    /// <summary>Uses the mapping of another CLR type.</summary>
    /// <param name="type">The CLR type.</param>
    public GraphQLTypeAttribute(Type type) => Type = type;

    /// <summary>The SDL type reference, if given.</summary>
    public string? TypeSyntax { get; }

    /// <summary>The CLR type, if given.</summary>
    public Type? Type { get; }
}

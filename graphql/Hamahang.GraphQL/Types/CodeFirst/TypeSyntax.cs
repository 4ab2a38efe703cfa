namespace Hamahang.GraphQL.Types.CodeFirst;

/// <summary>
/// Reads a type reference written in SDL ("Type : NamedType | ListType | NonNullType",
/// https://spec.graphql.org/September2025/#Type), for <see cref="GraphQLTypeAttribute"/>.
/// </summary>
public static class TypeSyntax
{
    /// <summary>Parses <paramref name="text"/>, e.g. <c>[ID!]!</c>, resolving names with <paramref name="resolve"/>.</summary>
    /// <param name="text">The type reference.</param>
    /// <param name="resolve">Finds a named type by name.</param>
    public static GraphQLType Parse(string text, Func<string, GraphQLNamedType> resolve)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(resolve);
        var position = 0;
        var type = ParseType(text.Replace(" ", string.Empty, StringComparison.Ordinal), ref position, resolve);
        if (position != text.Replace(" ", string.Empty, StringComparison.Ordinal).Length)
        {
            throw new FormatException($"Invalid type reference \"{text}\".");
        }

        return type;
    }

    private static GraphQLType ParseType(string text, ref int position, Func<string, GraphQLNamedType> resolve)
    {
        GraphQLType type;
        if (position < text.Length && text[position] == '[')
        {
            position++;
            type = new ListType(ParseType(text, ref position, resolve));
            if (position >= text.Length || text[position] != ']')
            {
                throw new FormatException($"Invalid type reference \"{text}\".");
            }

            position++;
        }
        else
        {
            var start = position;
            while (position < text.Length && (char.IsAsciiLetterOrDigit(text[position]) || text[position] == '_'))
            {
                position++;
            }

            type = resolve(text[start..position]);
        }

        if (position < text.Length && text[position] == '!')
        {
            position++;
            type = new NonNullType(type);
        }

        return type;
    }
}

namespace Hamahang.GraphQL.Language;

public sealed partial class Parser
{
    /// <summary>
    /// Document : Definition+
    /// See https://spec.graphql.org/September2025/#sec-Document .
    /// </summary>
    private DocumentNode ParseDocument()
    {
        var definitions = Many(TokenKind.StartOfFile, static p => p.ParseDefinition(), TokenKind.EndOfFile);
        GiveBackStack();
        return new DocumentNode
        {
            Definitions = definitions,
            TokenCount = _tokenCount,
            Location = Loc(0),
        };
    }

    /// <summary>
    /// Definition : ExecutableDefinition | TypeSystemDefinitionOrExtension
    /// (descriptions are allowed on every definition but the shorthand query and extensions)
    /// See https://spec.graphql.org/September2025/#Definition .
    /// </summary>
    private DefinitionNode ParseDefinition()
    {
        if (Peek(TokenKind.BraceL))
        {
            return ParseOperationDefinition();
        }

        var hasDescription = PeekDescription();
        var keyword = hasDescription ? _lexer.Peek() : _lexer;
        if (hasDescription && keyword.Kind == TokenKind.BraceL)
        {
            throw _lexer.Error(_lexer.Start, "Unexpected description, descriptions are not supported on shorthand queries.");
        }

        if (keyword.Kind == TokenKind.Name)
        {
            switch (keyword.Text)
            {
                case "schema": return ParseSchemaDefinition();
                case "scalar": return ParseScalarTypeDefinition();
                case "type": return ParseObjectTypeDefinition();
                case "interface": return ParseInterfaceTypeDefinition();
                case "union": return ParseUnionTypeDefinition();
                case "enum": return ParseEnumTypeDefinition();
                case "input": return ParseInputObjectTypeDefinition();
                case "directive": return ParseDirectiveDefinition();
                case "query" or "mutation" or "subscription": return ParseOperationDefinition();
                case "fragment": return ParseFragmentDefinition();
            }

            if (hasDescription)
            {
                throw _lexer.Error(_lexer.Start, "Unexpected description, only GraphQL definitions support descriptions.");
            }

            if (keyword.Text.SequenceEqual("extend"))
            {
                return ParseTypeSystemExtension();
            }
        }

        throw Unexpected(keyword);
    }

    private bool PeekDescription() => _lexer.Kind is TokenKind.String or TokenKind.BlockString;

    /// <summary>Description : StringValue</summary>
    private StringValueNode? ParseDescription() => PeekDescription() ? ParseStringLiteral() : null;
}

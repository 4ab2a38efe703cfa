namespace Hamahang.GraphQL.Language;

public sealed partial class Parser
{
    /// <summary>
    /// DirectiveDefinition : Description? directive @ Name ArgumentsDefinition? repeatable? on DirectiveLocations
    /// (graphql-js 17 also reads directives after the arguments.)
    /// See https://spec.graphql.org/September2025/#sec-Type-System.Directives .
    /// </summary>
    private DirectiveDefinitionNode ParseDirectiveDefinition()
    {
        var start = _lexer.Start;
        var description = ParseDescription();
        ExpectKeyword("directive");
        ExpectToken(TokenKind.At);
        var name = ParseName();
        var arguments = ParseArgumentDefinitions();
        var directives = ParseDirectives(isConst: true);
        var repeatable = ExpectOptionalKeyword("repeatable");
        ExpectKeyword("on");
        var locations = DelimitedMany(TokenKind.Pipe, static p => p.ParseDirectiveLocation());
        return new DirectiveDefinitionNode
        {
            Description = description,
            Name = name,
            Arguments = arguments,
            Directives = directives,
            Repeatable = repeatable,
            Locations = locations,
            Location = Loc(start),
        };
    }

    /// <summary>DirectiveLocation : ExecutableDirectiveLocation | TypeSystemDirectiveLocation</summary>
    private NameNode ParseDirectiveLocation()
    {
        var token = _lexer;
        var name = ParseName();
        return DirectiveLocations.TryParse(name.Value, out _) ? name : throw Unexpected(token);
    }
}

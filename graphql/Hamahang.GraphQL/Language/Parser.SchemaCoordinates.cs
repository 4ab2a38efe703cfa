namespace Hamahang.GraphQL.Language;

public sealed partial class Parser
{
    /// <summary>
    /// SchemaCoordinate :
    ///   TypeCoordinate : Name
    ///   MemberCoordinate : Name . Name
    ///   ArgumentCoordinate : Name . Name ( Name : )
    ///   DirectiveCoordinate : @ Name
    ///   DirectiveArgumentCoordinate : @ Name ( Name : )
    /// See https://spec.graphql.org/September2025/#sec-Schema-Coordinates .
    /// </summary>
    private SchemaCoordinateNode ParseSchemaCoordinateNode()
    {
        var start = _lexer.Start;
        var ofDirective = ExpectOptionalToken(TokenKind.At);
        var name = ParseName();
        NameNode? memberName = null;
        if (!ofDirective && ExpectOptionalToken(TokenKind.Dot))
        {
            memberName = ParseName();
        }

        NameNode? argumentName = null;
        if ((ofDirective || memberName is not null) && ExpectOptionalToken(TokenKind.ParenL))
        {
            argumentName = ParseName();
            ExpectToken(TokenKind.Colon);
            ExpectToken(TokenKind.ParenR);
        }

        return (ofDirective, memberName, argumentName) switch
        {
            (true, _, { } argument) => new DirectiveArgumentCoordinateNode { Name = name, ArgumentName = argument, Location = Loc(start) },
            (true, _, null) => new DirectiveCoordinateNode { Name = name, Location = Loc(start) },
            (false, { } member, { } argument) => new ArgumentCoordinateNode { Name = name, FieldName = member, ArgumentName = argument, Location = Loc(start) },
            (false, { } member, null) => new MemberCoordinateNode { Name = name, MemberName = member, Location = Loc(start) },
            _ => new TypeCoordinateNode { Name = name, Location = Loc(start) },
        };
    }
}

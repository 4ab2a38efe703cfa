namespace Hamahang.GraphQL.Language;

public sealed partial class Parser
{
    /// <summary>
    /// Directives[Const] : Directive[?Const]+ (empty when absent)
    /// See https://spec.graphql.org/September2025/#sec-Language.Directives .
    /// </summary>
    private DirectiveNode[] ParseDirectives(bool isConst)
    {
        if (!Peek(TokenKind.At))
        {
            return [];
        }

        var mark = _stackCount;
        while (Peek(TokenKind.At))
        {
            Push(ParseDirective(isConst));
        }

        return Pop<DirectiveNode>(mark);
    }

    /// <summary>Directive[Const] : @ Name Arguments[?Const]?</summary>
    private DirectiveNode ParseDirective(bool isConst)
    {
        var start = _lexer.Start;
        ExpectToken(TokenKind.At);
        var name = ParseName();
        var arguments = ParseArguments(isConst);
        return new DirectiveNode { Name = name, Arguments = arguments, Location = Loc(start) };
    }

    /// <summary>
    /// Type : NamedType | ListType | NonNullType
    /// ListType : [ Type ]
    /// NonNullType : NamedType ! | ListType !
    /// See https://spec.graphql.org/September2025/#sec-Type-References .
    /// </summary>
    private TypeNode ParseTypeReference()
    {
        var start = _lexer.Start;
        TypeNode type;
        if (Peek(TokenKind.BracketL))
        {
            EnterNesting();
            Advance();
            var itemType = ParseTypeReference();
            ExpectToken(TokenKind.BracketR);
            ExitNesting();
            type = new ListTypeNode { Type = itemType, Location = Loc(start) };
        }
        else
        {
            type = ParseNamedType();
        }

        return ExpectOptionalToken(TokenKind.Bang)
            ? new NonNullTypeNode { Type = type, Location = Loc(start) }
            : type;
    }

    /// <summary>NamedType : Name</summary>
    private NamedTypeNode ParseNamedType()
    {
        var start = _lexer.Start;
        var name = ParseName();
        return new NamedTypeNode { Name = name, Location = Loc(start) };
    }
}

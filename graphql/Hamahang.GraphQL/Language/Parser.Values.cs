namespace Hamahang.GraphQL.Language;

public sealed partial class Parser
{
    /// <summary>
    /// Value[Const] : [~Const] Variable | IntValue | FloatValue | StringValue | BooleanValue | NullValue | EnumValue | ListValue[?Const] | ObjectValue[?Const]
    /// See https://spec.graphql.org/September2025/#sec-Input-Values .
    /// </summary>
    private ValueNode ParseValueLiteral(bool isConst)
    {
        var start = _lexer.Start;
        switch (_lexer.Kind)
        {
            case TokenKind.BracketL:
                return ParseList(isConst);
            case TokenKind.BraceL:
                return ParseObject(isConst);
            case TokenKind.Int:
                var integer = _lexer.Text.ToString();
                Advance();
                return new IntValueNode { Value = integer, Location = Loc(start) };
            case TokenKind.Float:
                var number = _lexer.Text.ToString();
                Advance();
                return new FloatValueNode { Value = number, Location = Loc(start) };
            case TokenKind.String or TokenKind.BlockString:
                return ParseStringLiteral();
            case TokenKind.Name:
                return ParseNameValue();
            case TokenKind.Dollar when isConst:
                var dollar = _lexer;
                ExpectToken(TokenKind.Dollar);
                if (_lexer.Kind == TokenKind.Name)
                {
                    throw _lexer.Error(start, $"Unexpected variable \"${_lexer.Text}\" in constant value.");
                }

                throw Unexpected(dollar);
            case TokenKind.Dollar:
                return ParseVariable();
            default:
                throw Unexpected();
        }
    }

    /// <summary>BooleanValue : one of true false; NullValue : null; EnumValue : Name but not true or false or null</summary>
    private ValueNode ParseNameValue()
    {
        var start = _lexer.Start;
        var text = _lexer.Text;
        var keyword = text switch
        {
            "true" => 1,
            "false" => 2,
            "null" => 3,
            _ => 0,
        };
        var enumValue = keyword == 0 ? NameCache.Get(_names, text, _lexer.NameHash) : null;
        Advance();
        var location = Loc(start);
        return keyword switch
        {
            1 => new BooleanValueNode { Value = true, Location = location },
            2 => new BooleanValueNode { Value = false, Location = location },
            3 => new NullValueNode { Location = location },
            _ => new EnumValueNode { Value = enumValue!, Location = location },
        };
    }

    /// <summary>StringValue : " StringCharacter* " | """ BlockStringCharacter* """</summary>
    private StringValueNode ParseStringLiteral()
    {
        var start = _lexer.Start;
        var block = _lexer.Kind == TokenKind.BlockString;
        var value = _lexer.Value!;
        Advance();
        return new StringValueNode { Value = value, Block = block, Location = Loc(start) };
    }

    /// <summary>ListValue[Const] : [ ] | [ Value[?Const]+ ]</summary>
    private ListValueNode ParseList(bool isConst)
    {
        var start = _lexer.Start;
        EnterNesting();
        var values = isConst
            ? Any(TokenKind.BracketL, static p => p.ParseValueLiteral(isConst: true), TokenKind.BracketR)
            : Any(TokenKind.BracketL, static p => p.ParseValueLiteral(isConst: false), TokenKind.BracketR);
        ExitNesting();
        return new ListValueNode { Values = values, Location = Loc(start) };
    }

    /// <summary>ObjectValue[Const] : { } | { ObjectField[?Const]+ }</summary>
    private ObjectValueNode ParseObject(bool isConst)
    {
        var start = _lexer.Start;
        EnterNesting();
        var fields = isConst
            ? Any(TokenKind.BraceL, static p => p.ParseObjectField(isConst: true), TokenKind.BraceR)
            : Any(TokenKind.BraceL, static p => p.ParseObjectField(isConst: false), TokenKind.BraceR);
        ExitNesting();
        return new ObjectValueNode { Fields = fields, Location = Loc(start) };
    }

    /// <summary>ObjectField[Const] : Name : Value[?Const]</summary>
    private ObjectFieldNode ParseObjectField(bool isConst)
    {
        var start = _lexer.Start;
        var name = ParseName();
        ExpectToken(TokenKind.Colon);
        var value = ParseValueLiteral(isConst);
        return new ObjectFieldNode { Name = name, Value = value, Location = Loc(start) };
    }
}

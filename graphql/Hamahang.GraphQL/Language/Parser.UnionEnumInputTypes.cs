namespace Hamahang.GraphQL.Language;

public sealed partial class Parser
{
    /// <summary>
    /// UnionTypeDefinition : Description? union Name Directives[Const]? UnionMemberTypes?
    /// See https://spec.graphql.org/September2025/#sec-Unions .
    /// </summary>
    private UnionTypeDefinitionNode ParseUnionTypeDefinition()
    {
        var start = _lexer.Start;
        var description = ParseDescription();
        ExpectKeyword("union");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var types = ParseUnionMemberTypes();
        return new UnionTypeDefinitionNode { Description = description, Name = name, Directives = directives, Types = types, Location = Loc(start) };
    }

    /// <summary>UnionMemberTypes : = |? NamedType (| NamedType)*</summary>
    private NamedTypeNode[] ParseUnionMemberTypes() =>
        ExpectOptionalToken(TokenKind.Equal) ? DelimitedMany(TokenKind.Pipe, static p => p.ParseNamedType()) : [];

    /// <summary>
    /// EnumTypeDefinition : Description? enum Name Directives[Const]? EnumValuesDefinition?
    /// See https://spec.graphql.org/September2025/#sec-Enums .
    /// </summary>
    private EnumTypeDefinitionNode ParseEnumTypeDefinition()
    {
        var start = _lexer.Start;
        var description = ParseDescription();
        ExpectKeyword("enum");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var values = ParseEnumValuesDefinition();
        return new EnumTypeDefinitionNode { Description = description, Name = name, Directives = directives, Values = values, Location = Loc(start) };
    }

    /// <summary>EnumValuesDefinition : { EnumValueDefinition+ }</summary>
    private EnumValueDefinitionNode[] ParseEnumValuesDefinition() =>
        OptionalMany(TokenKind.BraceL, static p => p.ParseEnumValueDefinition(), TokenKind.BraceR);

    /// <summary>EnumValueDefinition : Description? EnumValue Directives[Const]?</summary>
    private EnumValueDefinitionNode ParseEnumValueDefinition()
    {
        var start = _lexer.Start;
        var description = ParseDescription();
        if (TokenValueIs("true") || TokenValueIs("false") || TokenValueIs("null"))
        {
            throw _lexer.Error(_lexer.Start, $"{_lexer.Describe()} is reserved and cannot be used for an enum value.");
        }

        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        return new EnumValueDefinitionNode { Description = description, Name = name, Directives = directives, Location = Loc(start) };
    }

    /// <summary>
    /// InputObjectTypeDefinition : Description? input Name Directives[Const]? InputFieldsDefinition?
    /// See https://spec.graphql.org/September2025/#sec-Input-Objects .
    /// </summary>
    private InputObjectTypeDefinitionNode ParseInputObjectTypeDefinition()
    {
        var start = _lexer.Start;
        var description = ParseDescription();
        ExpectKeyword("input");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseInputFieldsDefinition();
        return new InputObjectTypeDefinitionNode { Description = description, Name = name, Directives = directives, Fields = fields, Location = Loc(start) };
    }

    /// <summary>InputFieldsDefinition : { InputValueDefinition+ }</summary>
    private InputValueDefinitionNode[] ParseInputFieldsDefinition() =>
        OptionalMany(TokenKind.BraceL, static p => p.ParseInputValueDefinition(), TokenKind.BraceR);
}

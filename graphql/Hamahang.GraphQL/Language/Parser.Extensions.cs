namespace Hamahang.GraphQL.Language;

public sealed partial class Parser
{
    /// <summary>
    /// TypeSystemExtension : SchemaExtension | TypeExtension (and graphql-js 17's directive extension)
    /// See https://spec.graphql.org/September2025/#TypeSystemExtension .
    /// </summary>
    private TypeSystemExtensionNode ParseTypeSystemExtension()
    {
        var keyword = _lexer.Peek();
        if (keyword.Kind == TokenKind.Name)
        {
            switch (keyword.Text)
            {
                case "schema": return ParseSchemaExtension();
                case "scalar": return ParseScalarTypeExtension();
                case "type": return ParseComplexTypeExtension(isInterface: false);
                case "interface": return ParseComplexTypeExtension(isInterface: true);
                case "union": return ParseUnionTypeExtension();
                case "enum": return ParseEnumTypeExtension();
                case "input": return ParseInputObjectTypeExtension();
                case "directive": return ParseDirectiveExtension();
            }
        }

        throw Unexpected(keyword);
    }

    /// <summary>
    /// SchemaExtension : extend schema Directives[Const]? { RootOperationTypeDefinition+ } | extend schema Directives[Const]
    /// See https://spec.graphql.org/September2025/#sec-Schema-Extension .
    /// </summary>
    private SchemaExtensionNode ParseSchemaExtension()
    {
        var start = _lexer.Start;
        ExpectKeyword("extend");
        ExpectKeyword("schema");
        var directives = ParseDirectives(isConst: true);
        var operationTypes = OptionalMany(TokenKind.BraceL, static p => p.ParseOperationTypeDefinition(), TokenKind.BraceR);
        RequireSome(directives.Length + operationTypes.Length);
        return new SchemaExtensionNode { Directives = directives, OperationTypes = operationTypes, Location = Loc(start) };
    }

    /// <summary>ScalarTypeExtension : extend scalar Name Directives[Const]</summary>
    private ScalarTypeExtensionNode ParseScalarTypeExtension()
    {
        var start = _lexer.Start;
        var name = ParseExtensionName("scalar");
        var directives = ParseDirectives(isConst: true);
        RequireSome(directives.Length);
        return new ScalarTypeExtensionNode { Name = name, Directives = directives, Location = Loc(start) };
    }

    /// <summary>
    /// ObjectTypeExtension : extend type Name ImplementsInterfaces? Directives[Const]? FieldsDefinition | ... (at least one part)
    /// InterfaceTypeExtension : extend interface Name ImplementsInterfaces? Directives[Const]? FieldsDefinition | ... (at least one part)
    /// </summary>
    private ComplexTypeExtensionNode ParseComplexTypeExtension(bool isInterface)
    {
        var start = _lexer.Start;
        var name = ParseExtensionName(isInterface ? "interface" : "type");
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseFieldsDefinition();
        RequireSome(interfaces.Length + directives.Length + fields.Length);
        return isInterface
            ? new InterfaceTypeExtensionNode { Name = name, Interfaces = interfaces, Directives = directives, Fields = fields, Location = Loc(start) }
            : new ObjectTypeExtensionNode { Name = name, Interfaces = interfaces, Directives = directives, Fields = fields, Location = Loc(start) };
    }

    /// <summary>UnionTypeExtension : extend union Name Directives[Const]? UnionMemberTypes | extend union Name Directives[Const]</summary>
    private UnionTypeExtensionNode ParseUnionTypeExtension()
    {
        var start = _lexer.Start;
        var name = ParseExtensionName("union");
        var directives = ParseDirectives(isConst: true);
        var types = ParseUnionMemberTypes();
        RequireSome(directives.Length + types.Length);
        return new UnionTypeExtensionNode { Name = name, Directives = directives, Types = types, Location = Loc(start) };
    }

    /// <summary>EnumTypeExtension : extend enum Name Directives[Const]? EnumValuesDefinition | extend enum Name Directives[Const]</summary>
    private EnumTypeExtensionNode ParseEnumTypeExtension()
    {
        var start = _lexer.Start;
        var name = ParseExtensionName("enum");
        var directives = ParseDirectives(isConst: true);
        var values = ParseEnumValuesDefinition();
        RequireSome(directives.Length + values.Length);
        return new EnumTypeExtensionNode { Name = name, Directives = directives, Values = values, Location = Loc(start) };
    }

    /// <summary>InputObjectTypeExtension : extend input Name Directives[Const]? InputFieldsDefinition | extend input Name Directives[Const]</summary>
    private InputObjectTypeExtensionNode ParseInputObjectTypeExtension()
    {
        var start = _lexer.Start;
        var name = ParseExtensionName("input");
        var directives = ParseDirectives(isConst: true);
        var fields = ParseInputFieldsDefinition();
        RequireSome(directives.Length + fields.Length);
        return new InputObjectTypeExtensionNode { Name = name, Directives = directives, Fields = fields, Location = Loc(start) };
    }

    /// <summary>DirectiveExtension : extend directive @ Name Directives[Const] (graphql-js 17)</summary>
    private DirectiveExtensionNode ParseDirectiveExtension()
    {
        var start = _lexer.Start;
        ExpectKeyword("extend");
        ExpectKeyword("directive");
        ExpectToken(TokenKind.At);
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        RequireSome(directives.Length);
        return new DirectiveExtensionNode { Name = name, Directives = directives, Location = Loc(start) };
    }

    private NameNode ParseExtensionName(string keyword)
    {
        ExpectKeyword("extend");
        ExpectKeyword(keyword);
        return ParseName();
    }

    /// <summary>An extension must extend something: fails at the current token when it has no parts.</summary>
    private void RequireSome(int parts)
    {
        if (parts == 0)
        {
            throw Unexpected();
        }
    }
}

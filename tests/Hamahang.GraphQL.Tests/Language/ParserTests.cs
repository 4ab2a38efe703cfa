using Hamahang.GraphQL.Language;

namespace Hamahang.GraphQL.Tests.Language;

public class ParserTests
{
    [Fact]
    public void AQueryWithVariablesFragmentsAndDirectivesBecomesATree()
    {
        var document = Parser.Parse("""
            "Finds a district"
            query District($id: ID! = "1" @deprecated, $first: [Int!]) @live {
              district(id: $id) { ...Names ... on District @include(if: true) { code } }
            }
            fragment Names on District { name, alias: nameFa }
            """);

        Assert.Equal(2, document.Definitions.Count);
        var operation = Assert.IsType<OperationDefinitionNode>(document.Definitions[0]);
        Assert.Equal(OperationType.Query, operation.Operation);
        Assert.Equal("District", operation.Name?.Value);
        Assert.Equal("Finds a district", operation.Description?.Value);
        Assert.Equal(2, operation.VariableDefinitions.Count);
        var id = operation.VariableDefinitions[0];
        Assert.Equal("id", id.Variable.Name.Value);
        Assert.Equal("ID", Assert.IsType<NonNullTypeNode>(id.Type).NamedType.Name.Value);
        Assert.Equal("1", Assert.IsType<StringValueNode>(id.DefaultValue).Value);
        Assert.Equal("deprecated", Assert.Single(id.Directives).Name.Value);
        Assert.IsType<ListTypeNode>(operation.VariableDefinitions[1].Type);
        Assert.Equal("live", Assert.Single(operation.Directives).Name.Value);

        var field = Assert.IsType<FieldNode>(Assert.Single(operation.SelectionSet.Selections));
        Assert.Equal("id", Assert.IsType<VariableNode>(Assert.Single(field.Arguments).Value).Name.Value);
        Assert.IsType<FragmentSpreadNode>(field.SelectionSet!.Selections[0]);
        var inline = Assert.IsType<InlineFragmentNode>(field.SelectionSet.Selections[1]);
        Assert.Equal("District", inline.TypeCondition?.Name.Value);

        var fragment = Assert.IsType<FragmentDefinitionNode>(document.Definitions[1]);
        var alias = Assert.IsType<FieldNode>(fragment.SelectionSet.Selections[1]);
        Assert.Equal("alias", alias.ResponseKey);
        Assert.Equal("nameFa", alias.Name.Value);
    }

    [Fact]
    public void EveryNodeCarriesItsLocation()
    {
        var document = Parser.Parse("{\n  a(x: 1)\n}");
        var field = (FieldNode)((OperationDefinitionNode)document.Definitions[0]).SelectionSet.Selections[0];

        Assert.Equal(4, field.Location.Start);
        Assert.Equal(11, field.Location.End);
        Assert.Equal("a(x: 1)", field.Location.Text);
        Assert.Equal(new SourceLocation(2, 3), field.Location.StartLocation);
        Assert.Equal(0, document.Location.Start);
        Assert.Equal(13, document.Location.End);
    }

    [Fact]
    public void TypeSystemDefinitionsAndExtensionsAreParsed()
    {
        var document = Parser.Parse(""""
            schema @a { query: Q mutation: M }
            "A scalar" scalar Date @specifiedBy(url: "https://example.com")
            type Q implements & Node & Named @key { field(arg: Int = 1 @x, other: [In!]!): String @deprecated }
            interface Named implements Node { name: String }
            union U @u = | A | B
            enum E { A @x B }
            input In { a: Int = 3, b: [String] }
            """
              A directive
            """
            directive @x(a: Int) repeatable on FIELD_DEFINITION | ENUM_VALUE
            extend schema @b
            extend scalar Date @c
            extend type Q { more: Int }
            extend interface Named @d
            extend union U = C
            extend enum E { C }
            extend input In { c: Int }
            """");

        Assert.Equal(15, document.Definitions.Count);
        var type = Assert.IsType<ObjectTypeDefinitionNode>(document.Definitions[2]);
        Assert.Equal(["Node", "Named"], type.Interfaces.Select(i => i.Name.Value));
        var field = Assert.Single(type.Fields);
        Assert.Equal(2, field.Arguments.Count);
        Assert.Equal("1", Assert.IsType<IntValueNode>(field.Arguments[0].DefaultValue).Value);
        var union = Assert.IsType<UnionTypeDefinitionNode>(document.Definitions[4]);
        Assert.Equal(2, union.Types.Count);
        var directive = Assert.IsType<DirectiveDefinitionNode>(document.Definitions[7]);
        Assert.True(directive.Repeatable);
        Assert.Equal("A directive", directive.Description?.Value);
        Assert.True(directive.Description?.Block);
        Assert.Equal(["FIELD_DEFINITION", "ENUM_VALUE"], directive.Locations.Select(l => l.Value));
        Assert.IsType<SchemaExtensionNode>(document.Definitions[8]);
        Assert.Equal("C", Assert.Single(Assert.IsType<UnionTypeExtensionNode>(document.Definitions[12]).Types).Name.Value);
    }

    [Theory]
    [InlineData("{", "Syntax Error: Expected Name, found <EOF>.", 1, 2)]
    [InlineData("query { a(x: $v) }\nfragment on on T { a }", "Syntax Error: Unexpected Name \"on\".", 2, 10)]
    [InlineData("{ a(x: \"\\u{D800}\") }", "Syntax Error: Invalid Unicode escape sequence: \"\\u{D800}\".", 1, 9)]
    [InlineData("type T { a: Int = $v }", "Syntax Error: Expected Name, found \"=\".", 1, 17)]
    [InlineData("query Q($a: Int = $b) { a }", "Syntax Error: Unexpected variable \"$b\" in constant value.", 1, 19)]
    [InlineData("{ a(x: 1.) }", "Syntax Error: Invalid number, expected digit but got: \")\".", 1, 10)]
    [InlineData("\"desc\" extend type T @a", "Syntax Error: Unexpected description, only GraphQL definitions support descriptions.", 1, 1)]
    [InlineData("extend type T", "Syntax Error: Unexpected <EOF>.", 1, 14)]
    [InlineData("enum E { true }", "Syntax Error: Name \"true\" is reserved and cannot be used for an enum value.", 1, 10)]
    [InlineData("{ a }\u0000", "Syntax Error: Unexpected character: U+0000.", 1, 6)]
    [InlineData("\ud83d\ude00", "Syntax Error: Unexpected character: U+1F600.", 1, 1)]
    [InlineData("{ a(s: \"abc) }", "Syntax Error: Unterminated string.", 1, 15)]
    public void SyntaxErrorsAreWordedAndLocatedAsGraphQLJsDoes(string source, string message, int line, int column)
    {
        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(source));

        Assert.Equal(message, error.Message);
        Assert.Equal(message, error.Error.Message);
        Assert.Equal(new SourceLocation(line, column), Assert.Single(error.Error.Locations!));
    }

    [Fact]
    public void ValuesTypesAndSchemaCoordinatesParseOnTheirOwn()
    {
        var value = Assert.IsType<ObjectValueNode>(Parser.ParseValue("""{ a: [1, 2.5e3, "\u00e9\uD83D\uDE00", null, true, RED, $v] }"""));
        var list = Assert.IsType<ListValueNode>(Assert.Single(value.Fields).Value);
        Assert.Equal("2.5e3", Assert.IsType<FloatValueNode>(list.Values[1]).Value);
        Assert.Equal("\u00e9\U0001F600", Assert.IsType<StringValueNode>(list.Values[2]).Value);
        Assert.IsType<NullValueNode>(list.Values[3]);
        Assert.True(Assert.IsType<BooleanValueNode>(list.Values[4]).Value);
        Assert.Equal("RED", Assert.IsType<EnumValueNode>(list.Values[5]).Value);

        var type = Assert.IsType<NonNullTypeNode>(Parser.ParseType("[String!]!"));
        Assert.Equal("String", type.NamedType.Name.Value);

        var argument = Assert.IsType<ArgumentCoordinateNode>(Parser.ParseSchemaCoordinate("Query.district(id:)"));
        Assert.Equal(("Query", "district", "id"), (argument.Name.Value, argument.FieldName.Value, argument.ArgumentName.Value));
        Assert.IsType<DirectiveArgumentCoordinateNode>(Parser.ParseSchemaCoordinate("@skip(if:)"));
        Assert.IsType<MemberCoordinateNode>(Parser.ParseSchemaCoordinate("Color.RED"));
        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.ParseSchemaCoordinate("Query. field"));
        Assert.Equal("Syntax Error: Invalid character: \" \".", error.Message);
    }

    [Fact]
    public void BlockStringsLoseTheirCommonIndentation()
    {
        var value = (StringValueNode)Parser.ParseValue("\"\"\"\n\n    Hello,\n      World!\n\n    Yours,\n      \\\"\"\" GraphQL.\n  \"\"\"");

        Assert.True(value.Block);
        Assert.Equal("Hello,\n  World!\n\nYours,\n  \"\"\" GraphQL.", value.Value);
    }

    [Fact]
    public void UTF8DocumentsAreParsedWithColumnsInUTF16CodeUnits()
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes("\uFEFF{ a(s: \"تهران 😀\") }\n{ b c( }");

        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(bytes));
        var document = Parser.Parse(bytes.AsSpan(0, bytes.Length - 9));

        Assert.Equal("Syntax Error: Expected Name, found \"}\".", error.Message);
        Assert.Equal(new SourceLocation(2, 8), error.Location);
        var argument = ((FieldNode)((OperationDefinitionNode)document.Definitions[0]).SelectionSet.Selections[0]).Arguments[0];
        Assert.Equal("تهران 😀", ((StringValueNode)argument.Value).Value);
        Assert.Equal(new SourceLocation(1, 6), argument.Location.StartLocation); // the byte order mark is a column too, as in graphql-js
    }

    [Fact]
    public void OversizedUTF8DocumentsAreRejectedBeforeTheyAreDecoded()
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes("{ " + new string('a', 30) + " }");

        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(bytes, new ParserOptions { MaxDocumentSize = 20 }));

        Assert.Equal("Syntax Error: Source contains more than 20 UTF-16 code units. Parsing aborted.", error.Message);
        Assert.Equal(new SourceLocation(1, 21), error.Location);
    }
}

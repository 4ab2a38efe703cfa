using Hamahang.GraphQL.Language;

namespace Hamahang.GraphQL.Tests.Language;

public class PrinterTests
{
    [Fact]
    public void AQueryIsPrintedWithTwoSpaceIndentationAndTheShorthandKept()
    {
        var printed = Printer.Print(Parser.Parse("query Q($a: Int = 1 @d) @o { a: b(c: [1, 2], d: {e: $a}) @f { ...G ... on H { i } } } {x}"));

        Assert.Equal("""
            query Q($a: Int = 1 @d) @o {
              a: b(c: [1, 2], d: { e: $a }) @f {
                ...G
                ... on H {
                  i
                }
              }
            }

            {
              x
            }
            """, printed);
    }

    [Fact]
    public void ArgumentsPastEightyColumnsAreWrappedOnePerLine()
    {
        var printed = Printer.Print(Parser.Parse("{ field(firstArgument: \"a long value\", secondArgument: \"another long value\", third: 3) }"));

        Assert.Equal("""
            {
              field(
                firstArgument: "a long value"
                secondArgument: "another long value"
                third: 3
              )
            }
            """, printed);
    }

    [Fact]
    public void BlockStringDescriptionsArePrintedAsBlockStrings()
    {
        var printed = Printer.Print(Parser.Parse("\"\"\"\n  Two\n  lines\n\"\"\"\ntype T { \"one\" f(\"arg\" a: Int): [T!]! }"));

        Assert.Equal(""""
            """
            Two
            lines
            """
            type T {
              "one"
              f(
                "arg"
                a: Int
              ): [T!]!
            }
            """", printed);
    }

    [Fact]
    public void StringsAreEscapedAsGraphQLJsEscapesThem()
    {
        Assert.Equal("\"a\\\"b\\\\c\\n\\u0007\\u007F\u00e9\"", Printer.PrintString("a\"b\\c\n\u0007\u007f\u00e9"));
        Assert.Equal("\"\"\"\nends with a quote\"\n\"\"\"", BlockString.Print("ends with a quote\""));
        Assert.Equal("\"\"\"one line\"\"\"", BlockString.Print("one line"));
    }
}

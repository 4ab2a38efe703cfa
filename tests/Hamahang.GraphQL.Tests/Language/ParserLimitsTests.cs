using Hamahang.GraphQL.Language;

namespace Hamahang.GraphQL.Tests.Language;

public class ParserLimitsTests
{
    private const int Deep = 100_000;

    public static TheoryData<string, string> DeepDocuments => new()
    {
        { "nested selection sets", string.Concat(Enumerable.Repeat("{a", Deep)) },
        { "nested list values", "{ f(a: " + new string('[', Deep) },
        { "nested object values", "{ f(a: " + string.Concat(Enumerable.Repeat("{a:", Deep)) },
        { "nested list types", "query ($v: " + new string('[', Deep) },
        { "nested inline fragments", string.Concat(Enumerable.Repeat("{...", Deep)) },
    };

    [Theory]
    [MemberData(nameof(DeepDocuments))]
    public void AHundredThousandNestedLevelsGiveASyntaxErrorNamingTheLimit(string shape, string source)
    {
        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(source));

        Assert.True(error.Message == "Syntax Error: Document contains more than 256 levels of nesting. Parsing aborted.", shape + ": " + error.Message);
    }

    [Fact]
    public void AHundredThousandOpeningBracesOnTheirOwnGiveASyntaxError()
    {
        var braces = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(new string('{', Deep)));
        var brackets = Assert.Throws<GraphQLSyntaxException>(() => Parser.ParseValue(new string('[', Deep)));
        var types = Assert.Throws<GraphQLSyntaxException>(() => Parser.ParseType(new string('[', Deep)));

        Assert.Equal("Syntax Error: Expected Name, found \"{\".", braces.Message);
        Assert.Equal("Syntax Error: Document contains more than 256 levels of nesting. Parsing aborted.", brackets.Message);
        Assert.Equal("Syntax Error: Document contains more than 256 levels of nesting. Parsing aborted.", types.Message);
    }

    [Fact]
    public void WithoutADepthLimitTheStackStillCannotOverflow()
    {
        var options = new ParserOptions { MaxDepth = int.MaxValue, MaxTokens = int.MaxValue, MaxDocumentSize = int.MaxValue };
        var source = "{ f(a: " + new string('[', 2_000_000) + " }";
        Exception? thrown = null;

        // A thread with a small stack (256 KB) shows the guard does not depend on a generous default.
        var thread = new Thread(() => thrown = Record.Exception(() => Parser.Parse(source, options)), 256 * 1024);
        thread.Start();
        thread.Join();

        var error = Assert.IsType<GraphQLSyntaxException>(thrown);
        Assert.Contains("more than the parser's stack holds", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheDepthLimitIsConfigurable()
    {
        var options = new ParserOptions { MaxDepth = 3 };

        Assert.NotNull(Parser.Parse("{ a { b { c } } }", options));
        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse("{ a { b { c { d } } } }", options));

        Assert.Equal("Syntax Error: Document contains more than 3 levels of nesting. Parsing aborted.", error.Message);
        Assert.Equal(new SourceLocation(1, 13), error.Location);
    }

    [Fact]
    public void TheTokenLimitIsWordedAsGraphQLJsWordsIt()
    {
        var options = new ParserOptions { MaxTokens = 5 };

        Assert.NotNull(Parser.Parse("{ a b c }", options));
        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse("{ a b c d }", options));

        Assert.Equal("Syntax Error: Document contains more than 5 tokens. Parsing aborted.", error.Message);
        Assert.Equal(new SourceLocation(1, 11), error.Location);
        Assert.Equal(15_000, ParserOptions.Default.MaxTokens);
    }

    [Fact]
    public void TheDocumentSizeLimitIsCheckedBeforeAnythingIsRead()
    {
        var options = new ParserOptions { MaxDocumentSize = 10 };

        Assert.NotNull(Parser.Parse("{ abcdef }", options));
        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse("{ abcdefg }", options));

        Assert.Equal("Syntax Error: Source contains more than 10 UTF-16 code units. Parsing aborted.", error.Message);
        Assert.Equal(new SourceLocation(1, 11), error.Location);
        Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(new string(' ', ParserOptions.Default.MaxDocumentSize + 1)));
    }

    [Fact]
    public void TheTokenCountIsRecordedOnTheDocument()
    {
        Assert.Equal(5, Parser.Parse("{ a b c } # comments do not count").TokenCount);
    }
}

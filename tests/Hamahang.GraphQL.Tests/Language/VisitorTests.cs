using Hamahang.GraphQL.Language;

namespace Hamahang.GraphQL.Tests.Language;

public class VisitorTests
{
    [Fact]
    public void NodesAreEnteredAndLeftInDocumentOrder()
    {
        var events = new List<string>();
        Visitor.Create(
            enter: (node, _) => { events.Add("enter " + node.Kind); return VisitorAction.Continue; },
            leave: (node, _) => { events.Add("leave " + node.Kind); return VisitorAction.Continue; })
            .Visit(Parser.Parse("{ a(x: 1) }"));

        Assert.Equal(
            [
                "enter Document", "enter OperationDefinition", "enter SelectionSet", "enter Field",
                "enter Name", "leave Name", "enter Argument", "enter Name", "leave Name", "enter IntValue",
                "leave IntValue", "leave Argument", "leave Field", "leave SelectionSet", "leave OperationDefinition",
                "leave Document",
            ],
            events);
    }

    [Fact]
    public void SkippedNodesKeepTheirChildrenUnvisited()
    {
        var names = new List<string>();
        Visitor.Create(enter: (node, _) =>
        {
            if (node is NameNode name)
            {
                names.Add(name.Value);
            }

            return node is FieldNode { Name.Value: "b" } ? VisitorAction.Skip : VisitorAction.Continue;
        }).Visit(Parser.Parse("{ a b { c } d }"));

        Assert.Equal(["a", "d"], names);
    }

    [Fact]
    public void NodesCanBeRemovedAndReplacedWithoutTouchingTheOriginal()
    {
        var original = Parser.Parse("{ a @skip(if: true) b c(x: 1) }");
        var edited = Visitor.Create(leave: (node, _) => node switch
        {
            DirectiveNode => VisitorAction.Remove,
            FieldNode { Name.Value: "b" } => VisitorAction.Remove,
            IntValueNode => VisitorAction.Replace(new IntValueNode { Value = "2" }),
            _ => VisitorAction.Continue,
        }).Visit(original);

        Assert.Equal("{\n  a\n  c(x: 2)\n}", Printer.Print(edited!));
        Assert.Equal("{\n  a @skip(if: true)\n  b\n  c(x: 1)\n}", Printer.Print(original));
    }

    [Fact]
    public void BreakStopsTheWalkAndAnUneditedTreeIsReturnedAsIs()
    {
        var document = Parser.Parse("{ a b c }");
        var seen = 0;
        var result = Visitor.Create(enter: (node, context) =>
        {
            if (node is FieldNode)
            {
                seen++;
                Assert.IsType<SelectionSetNode>(context.Parent);
                return VisitorAction.Break;
            }

            return VisitorAction.Continue;
        }).Visit(document);

        Assert.Equal(1, seen);
        Assert.Same(document, result);
    }
}

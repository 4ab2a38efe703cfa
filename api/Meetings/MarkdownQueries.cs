using Hamahang.Api.GraphQL.Authorization;
using Hamahang.Api.Text;
using Hamahang.GraphQL.Types;

namespace Hamahang.Api.Meetings;

[QueryType]
public static class MarkdownQueries
{
    [Cost(5)]
    [GraphQLDescription("Markdown as HTML, exactly as Minutes.html renders it: the live preview of text not yet saved.")]
    [Authorize]
    public static string GetMarkdownPreview(string markdown) => MarkdownHtml.Render(markdown);
}

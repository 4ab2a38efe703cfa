using Hamahang.GraphQL.Data;

namespace Hamahang.Workshop.Tests.Data;

/// <summary>
/// The integer key inside a global id. HotChocolate's <c>[ID&lt;Attendee&gt;] int id</c> decodes it before the
/// resolver runs; our engine keeps <c>ID</c> arguments as the client's text, so the resolvers decode it here.
/// </summary>
public static class Ids
{
    public static int Key(string id)
    {
        var (_, key) = NodeId.Decode(id);
        return (int)NodeId.ParseKey(id, key, typeof(int));
    }
}

using Hamahang.GraphQL.Data;

namespace Hamahang.Api.Commands;

/// <summary>
/// The global ids records carry (<c>base64("Meeting:12")</c>, as the <c>id</c> fields give them). Inputs need no
/// decoding here: an input field marked <c>[ID(nameof(Meeting))] int MeetingId</c> is given the key, its type checked
/// while the input is read; a command names a record back to the client (not found, changed) by its id.
/// </summary>
public static class Ids
{
    public static string Of(string type, int key) => NodeId.Encode(type, key);
}

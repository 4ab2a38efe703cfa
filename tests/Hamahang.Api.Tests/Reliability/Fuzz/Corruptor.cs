using System.Text;

namespace Hamahang.Api.Tests.Reliability.Fuzz;

/// <summary>Damages a document or a body the ways a broken client, a bad network or an attacker would.</summary>
internal sealed class Corruptor(Random random)
{
    private const string Punctuation = "{}()[]:$@!.=|&\"\\#,\u0000\u00a0\ufeff ا";

    public string Document(string text)
    {
        if (text.Length == 0)
        {
            return "{";
        }

        var at = random.Next(text.Length);
        return random.Next(8) switch
        {
            0 => text.Remove(at, Math.Min(random.Next(1, 8), text.Length - at)),
            1 => text.Insert(at, Punctuation[random.Next(Punctuation.Length)].ToString()),
            2 => text[..at],
            3 => text.Insert(at, text.Substring(at, Math.Min(40, text.Length - at))),
            4 => text.Insert(at, "\ud83c"),
            5 => new string('{', 40_000),
            6 => text.Replace("{ __typename", "{ __typename @skip(if: $nope) __schema { types { fields { type { ofType { ofType { name } } } } } }",
                StringComparison.Ordinal),
            _ => "query Q { ...F } fragment F on Query { ...G } fragment G on Query { ...F }",
        };
    }

    /// <summary>A raw body that is not the JSON object GraphQL over HTTP asks for.</summary>
    public byte[] Body(string query, string? variablesJson)
    {
        var json = "{\"query\":" + FuzzValue.Quote(query) + (variablesJson is null ? string.Empty : ",\"variables\":" + variablesJson) + "}";
        var bytes = Encoding.UTF8.GetBytes(json);
        switch (random.Next(10))
        {
            case 0:
                return bytes[..random.Next(bytes.Length)];
            case 1:
                bytes[random.Next(bytes.Length)] = (byte)random.Next(0x80, 0x100);
                return bytes;
            case 2:
                return Encoding.UTF8.GetBytes("[" + json + "," + json + "]");
            case 3:
                return Encoding.UTF8.GetBytes("{\"query\":" + random.Next() + "}");
            case 4:
                return Encoding.UTF8.GetBytes("{\"query\":" + FuzzValue.Quote(query) + ",\"variables\":\"" + "x" + "\",\"operationName\":[1]}");
            case 5:
                return Encoding.UTF8.GetBytes(new string('[', 5_000));
            case 6:
                return Encoding.UTF8.GetBytes("{\"query\":" + FuzzValue.Quote(query)
                    + ",\"operationName\":\"\\ud83c\",\"extensions\":{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"" + new string('0', 64) + "\"}}}");
            case 7:
                return [];
            case 8:
                return Encoding.UTF8.GetBytes("{\"query\":" + FuzzValue.Quote(query) + ",\"query\":\"{ __typename }\"}");
            default:
                return Encoding.UTF8.GetBytes("{\"documentId\":\"" + new string('a', random.Next(0, 100)) + "\"}");
        }
    }
}

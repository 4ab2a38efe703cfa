using System.Text;

namespace Hamahang.Api.Tests.Reliability.Fuzz;

/// <summary>The values a hostile or careless client sends: SQL-looking text, lone surrogates, NUL, Persian text, edges of every scalar.</summary>
internal static class HostileValues
{
    public static readonly string[] Strings =
    [
        "", " ", "a", "تهران", "منطقه ۱", "سازمان پیشگیری و مدیریت بحران", "ي ك", "\u200C", "\u200F\u202E",
        "' OR '1'='1", "'; DROP TABLE Meetings; --", "\" OR 1=1 --", "%", "_", "%_%", "[a-z]*", "\\", "\\\\'",
        "\0", "a\0b", "\ud83c", "\udc00", "a\ud83cb", "\ud83c\udf0d", "😀", "\r\n", "\t", "<script>alert(1)</script>",
        "${jndi:ldap://x}", "{{7*7}}", "../../etc/passwd", new string('x', 300), new string('س', 5_000),
        new string('%', 70_000), "null", "undefined", "NaN", "-0", "1e309",
    ];

    public static readonly object?[] Ints = [0L, 1L, -1L, 2L, 3L, 10L, 22L, 23L, 50L, 51L, 2147483647L, -2147483648L];

    public static readonly object?[] Floats = [0.0, -0.5, 1e308, 1.0, 3L];

    /// <summary>Values of the wrong type for any scalar, sent now and then instead of a well-typed one.</summary>
    public static readonly object?[] WrongTypes = [2147483648L, 9223372036854775807L, 1.5, "1", true, "NaN", new List<object?> { 1L }, new Dictionary<string,
        object?> { ["a"] = 1L }];

    public static readonly string[] DateTimes =
    [
        "2024-05-01T09:00:00+03:30", "2024-05-01T09:00:00Z", "9999-12-31T23:59:59Z", "0001-01-01T00:00:00Z", "0001-01-02T00:00:00Z",
        "2024-02-30T00:00:00Z", "2024-05-01", "yesterday", "2024-05-01T09:00:00+25:00", "1899-12-31T23:59:59Z", "2200-01-01T00:00:00Z",
    ];

    public static readonly string[] Dates = ["2024-05-01", "9999-12-31", "0001-01-01", "2024-13-01", "2024-02-30", "1403/02/11", "x"];

    /// <summary>Ids: well-formed ones of every type (seeded keys, missing keys, negative keys), and corrupt ones.</summary>
    public static string[] Ids(IEnumerable<string> typeNames) =>
    [
        .. typeNames.SelectMany(t => new[] { Id(t, "1"), Id(t, "2"), Id(t, "999999"), Id(t, "-1"), Id(t, "abc") }),
        "", "x", "TWVldGluZzox===", "!!!", Convert.ToBase64String(Encoding.UTF8.GetBytes("Meeting:1' OR 1=1")),
            Convert.ToBase64String(new byte[] { 0xFF, 0xFE, 0 }),
        "\ud83c", "\0",
    ];

    /// <summary>Cursors: base64 of keyset-looking JSON, of garbage, and not base64 at all.</summary>
    public static readonly string[] Cursors =
    [
        B64("[1]"), B64("[\"x\"]"), B64("[null]"), B64("[1,2,3,4]"), B64("{}"), B64("[9999999999999999999]"), B64("[\"2024-05-01T00:00:00Z\",1]"),
        "MQ==", "", "!!", "\ud83c", B64("'; DROP TABLE x; --"),
    ];

    private static string Id(string type, string key) => Convert.ToBase64String(Encoding.UTF8.GetBytes($"{type}:{key}"));

    private static string B64(string text) => Convert.ToBase64String(Encoding.UTF8.GetBytes(text));
}

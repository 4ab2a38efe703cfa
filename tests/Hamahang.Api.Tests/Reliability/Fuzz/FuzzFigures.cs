using System.Globalization;

namespace Hamahang.Api.Tests.Reliability.Fuzz;

/// <summary>What a fuzz run counted, printed as one line.</summary>
internal sealed class FuzzFigures
{
    public int Sent { get; set; }

    public int Answered { get; set; }

    public SortedDictionary<string, int> RejectedByCode { get; } = new(StringComparer.Ordinal);

    public int ServerErrors { get; set; }

    public int Leaks { get; set; }

    public int WritesFromRejected { get; set; }

    public List<string> Examples { get; } = [];

    public void Reject(string code) => RejectedByCode[code] = RejectedByCode.GetValueOrDefault(code) + 1;

    public void Example(string what)
    {
        if (Examples.Count < 20)
        {
            Examples.Add(what);
        }
    }

    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"fuzz: {Sent} requests sent, {Answered} answered without error, rejected by code: {RejectedByCode.Values.Sum()} " +
            $"({string.Join(", ", RejectedByCode.Select(p => $"{p.Key} {p.Value}"))}), 500s: {ServerErrors}, leaks: {Leaks}, writes lost (rows written by a " +
            $"rejected request): {WritesFromRejected}");
}

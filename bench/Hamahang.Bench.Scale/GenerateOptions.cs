using System.Globalization;

namespace Hamahang.Bench.Scale;

/// <summary>What <c>generate</c> builds: how many meetings, into which file, from which random seed.</summary>
internal sealed record GenerateOptions(int Meetings, string Out, int Seed)
{
    public const string Usage = "usage: generate --meetings N --out FILE.db [--seed N]";

    public static GenerateOptions Parse(string[] args)
    {
        int? meetings = null;
        string? output = null;
        var seed = 17;
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--meetings": meetings = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                case "--out": output = args[i + 1]; break;
                case "--seed": seed = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                default: throw new ArgumentException($"Unexpected '{args[i]}'.\n{Usage}");
            }
        }

        return meetings is > 0 && output is not null ? new(meetings.Value, output, seed) : throw new ArgumentException(Usage);
    }
}

using System.Data.Common;
using System.Globalization;
using Hamahang.Api.Domain;
using Hamahang.Api.GraphQL.Errors;

namespace Hamahang.Api.Security;

/// <summary>
/// <c>keys create --role Inspector (--person ID | --organization ID) [--name TEXT] [--expires DATE|DAYS]</c>,
/// <c>keys list</c>, <c>keys rotate ID|PREFIX [--grace DURATION] [--expires DATE|DAYS]</c>, <c>keys revoke ID</c>.
/// A save the store refuses is one line on <c>errors</c> and exit code 1, never a stack trace.
/// </summary>
public sealed class KeysCommand(ApiKeyService keys, TextWriter output, TimeProvider clock, TextWriter? errors = null)
{
    public const string Usage = """
        usage: keys create --role Admin|Editor|Inspector|Partner|Integrator [--organization ID] [--person ID] [--name TEXT] [--expires DATE|DAYS]
               keys list
               keys rotate ID|PREFIX [--grace DURATION (24h unless given; e.g. 90m, 12h, 7d, 0)] [--expires DATE|DAYS]
               keys revoke ID
        """;

    public async Task<int> RunAsync(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        try
        {
            return await RunVerbAsync(args);
        }
        catch (Exception e) when (e is ConflictException or DbException)
        {
            var reason = e is ConflictException ? "it clashes with a key already saved (or saved at the same moment)" : e.Message.ReplaceLineEndings(" ");
            await (errors ?? output).WriteLineAsync($"keys {args[0]}: nothing was saved: {reason}. Try again.");
            return 1;
        }
    }

    private async Task<int> RunVerbAsync(string[] args)
    {
        switch (args.FirstOrDefault())
        {
            case "create":
                var options = Options(args[1..]);
                var role = Enum.TryParse<ApiKeyRole>(options.GetValueOrDefault("role"), ignoreCase: true, out var r)
                    ? r
                    : throw new ArgumentException("--role is one of Admin, Editor, Inspector, Partner, Integrator.\n" + Usage);
                var (record, key) = await keys.CreateAsync(role, Id(options, "organization"), Id(options, "person"), options.GetValueOrDefault("name"),
                    expiresAt: Expires(options));
                await output.WriteLineAsync($"Created key {record.Id} ({record.Role}{Binding(record)}{Until(record)}). Keep it; it is not shown again:");
                await output.WriteLineAsync(key);
                return 0;
            case "list":
                await output.WriteLineAsync("id\tprefix\trole\tbound to\tcreated (UTC)\texpires (UTC)\trevoked (UTC)\tname");
                foreach (var k in await keys.ListAsync())
                {
                    await output.WriteLineAsync(string.Join('\t', k.Id, k.Prefix, k.Role, Binding(k).TrimStart(',', ' '), Time(k.CreatedAt), Time(k.ExpiresAt),
                        Time(k.RevokedAt), k.Name));
                }

                return 0;
            case "rotate" when args.Length >= 2 && !args[1].StartsWith("--", StringComparison.Ordinal):
                var rotate = Options(args[2..]);
                var grace = rotate.TryGetValue("grace", out var text) ? Duration(text) : ApiKeyService.DefaultGrace;
                var (old, fresh, newKey) = await keys.RotateAsync(args[1], grace, Expires(rotate));
                await output.WriteLineAsync($"Rotated key {old.Id}: it stops working at {Time(old.ExpiresAt)} UTC. New key {fresh.Id} " +
                    $"({fresh.Role}{Binding(fresh)}{Until(fresh)}). Keep it; it is not shown again:");
                await output.WriteLineAsync(newKey);
                return 0;
            case "revoke" when args.Length == 2 && int.TryParse(args[1], CultureInfo.InvariantCulture, out var id):
                var revoked = await keys.RevokeAsync(id);
                await output.WriteLineAsync(revoked ? $"Revoked key {id}. Running hosts refuse it within their key cache's time to live " +
                    $"({ApiKeyCacheOptions.Section}, 30 s unless set)." : $"No active key {id}.");
                return revoked ? 0 : 1;
            default:
                throw new ArgumentException(Usage);
        }
    }

    private static Dictionary<string, string> Options(string[] args)
    {
        var options = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < args.Length; i += 2)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Length)
            {
                throw new ArgumentException($"Unexpected '{args[i]}'.\n" + Usage);
            }

            options[args[i][2..]] = args[i + 1];
        }

        return options;
    }

    private static int? Id(Dictionary<string, string> options, string name) =>
        !options.TryGetValue(name, out var text) ? null
        : int.TryParse(text, CultureInfo.InvariantCulture, out var id) ? id
        : throw new ArgumentException($"--{name} takes a number, not '{text}'.");

    // --expires: a number of days from now, or an ISO 8601 date or time (UTC unless it says otherwise).
    private DateTime? Expires(Dictionary<string, string> options) =>
        !options.TryGetValue("expires", out var text) ? null
        : int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var days) && days is > 0 and <= 36_500 ? clock.GetUtcNow()
            .UtcDateTime.AddDays(days)
        : DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
            && text.Contains('-', StringComparison.Ordinal) ? at.UtcDateTime
        : throw new ArgumentException(
            $"--expires takes a number of days (1 to 36500) or an ISO date such as 2027-03-21 or 2027-03-21T08:00:00Z, not '{text}'.");

    // --grace: 0, or a whole number with s, m, h or d (90m, 12h, 7d), or a .NET time span (1.12:00:00).
    private static TimeSpan Duration(string text)
    {
        if (text == "0")
        {
            return TimeSpan.Zero;
        }

        if (text.Length >= 2 && int.TryParse(text[..^1], NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n <= 3650 * 24)
        {
            switch (text[^1])
            {
                case 's': return TimeSpan.FromSeconds(n);
                case 'm': return TimeSpan.FromMinutes(n);
                case 'h': return TimeSpan.FromHours(n);
                case 'd' when n <= 3650: return TimeSpan.FromDays(n);
            }
        }

        return TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var span) && span >= TimeSpan.Zero
            ? span
            : throw new ArgumentException($"--grace takes a duration such as 90m, 12h, 7d or 0, not '{text}'.");
    }

    private static string Binding(ApiKey key) =>
        (key.OrganizationId is int o ? $", organization {o}" : "") + (key.PersonId is int p ? $", person {p}" : "");

    private static string Until(ApiKey key) => key.ExpiresAt is DateTime at ? $", expires {Time(at)} UTC" : "";

    private static string Time(DateTime? time) => time?.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) ?? "-";
}

using System.Globalization;
using Hamahang.Api.Domain;

namespace Hamahang.Api.Security;

/// <summary>
/// <c>keys create --role Inspector (--person ID | --organization ID) [--name TEXT]</c>,
/// <c>keys list</c>, <c>keys revoke ID</c>.
/// </summary>
public sealed class KeysCommand(ApiKeyService keys, TextWriter output)
{
    public const string Usage = """
        usage: keys create --role Admin|Editor|Inspector|Partner|Integrator [--organization ID] [--person ID] [--name TEXT]
               keys list
               keys revoke ID
        """;

    public async Task<int> RunAsync(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        switch (args.FirstOrDefault())
        {
            case "create":
                var options = Options(args[1..]);
                var role = Enum.TryParse<ApiKeyRole>(options.GetValueOrDefault("role"), ignoreCase: true, out var r)
                    ? r
                    : throw new ArgumentException("--role is one of Admin, Editor, Inspector, Partner, Integrator.\n" + Usage);
                var (record, key) = await keys.CreateAsync(role, Id(options, "organization"), Id(options, "person"), options.GetValueOrDefault("name"));
                await output.WriteLineAsync($"Created key {record.Id} ({record.Role}{Binding(record)}). Keep it; it is not shown again:");
                await output.WriteLineAsync(key);
                return 0;
            case "list":
                await output.WriteLineAsync("id\tprefix\trole\tbound to\tcreated (UTC)\trevoked (UTC)\tname");
                foreach (var k in await keys.ListAsync())
                {
                    await output.WriteLineAsync(string.Join('\t', k.Id, k.Prefix, k.Role, Binding(k).TrimStart(',', ' '), Time(k.CreatedAt), Time(k.RevokedAt), k.Name));
                }

                return 0;
            case "revoke" when args.Length == 2 && int.TryParse(args[1], CultureInfo.InvariantCulture, out var id):
                var revoked = await keys.RevokeAsync(id);
                await output.WriteLineAsync(revoked ? $"Revoked key {id}. Running hosts refuse it within their key cache's time to live ({ApiKeyCacheOptions.Section}, 30 s unless set)." : $"No active key {id}.");
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

    private static string Binding(ApiKey key) =>
        (key.OrganizationId is int o ? $", organization {o}" : "") + (key.PersonId is int p ? $", person {p}" : "");

    private static string Time(DateTime? time) => time?.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) ?? "-";
}

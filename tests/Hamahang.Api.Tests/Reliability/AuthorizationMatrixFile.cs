using System.Runtime.CompilerServices;

namespace Hamahang.Api.Tests.Reliability;

/// <summary>
/// The expected matrix, <c>AuthorizationMatrix.txt</c> beside this file: one line per schema coordinate (a root field,
/// a node type's field, or a root field on a named target, <c>Query.node(approved Minutes)</c>), then the roles allowed
/// (names of <see cref="AuthorizationMatrixRoles.Names"/> or its groups). <c>#</c> starts a comment.
/// </summary>
internal static class AuthorizationMatrixFile
{
    public static SortedDictionary<string, SortedSet<string>> Read([CallerFilePath] string here = "")
    {
        var path = Path.Combine(Path.GetDirectoryName(here)!, "AuthorizationMatrix.txt");
        var table = new SortedDictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        foreach (var raw in File.ReadAllLines(path))
        {
            var line = raw.Split('#')[0].Trim();
            if (line.Length == 0)
            {
                continue;
            }

            // A coordinate may name a target in parentheses, with spaces: the roles follow its closing parenthesis.
            var split = line.Contains('(', StringComparison.Ordinal) ? line.IndexOf(')', StringComparison.Ordinal) + 1 : line.IndexOfAny([' ', '\t']);
            var coordinate = split <= 0 ? line : line[..split];
            var roles = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var name in (split <= 0 ? "" : line[split..]).Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries))
            {
                if (AuthorizationMatrixRoles.Groups.TryGetValue(name, out var group))
                {
                    roles.UnionWith(group);
                }
                else if (AuthorizationMatrixRoles.Names.Contains(name))
                {
                    roles.Add(name);
                }
                else
                {
                    throw new InvalidDataException($"AuthorizationMatrix.txt: {coordinate} names an unknown role or group «{name}».");
                }
            }

            if (!table.TryAdd(coordinate, roles))
            {
                throw new InvalidDataException($"AuthorizationMatrix.txt: {coordinate} is listed twice.");
            }
        }

        return table;
    }

    /// <summary>The roles as the file writes them: a group when they are one, else the names in column order.</summary>
    public static string Format(IReadOnlySet<string> roles)
    {
        foreach (var (group, members) in AuthorizationMatrixRoles.Groups)
        {
            if (roles.SetEquals(members))
            {
                return group;
            }
        }

        var readers = AuthorizationMatrixRoles.Groups["readers"];
        var rest = roles.IsSupersetOf(readers) ? ["readers", .. AuthorizationMatrixRoles.Names.Where(n => roles.Contains(n) && !readers.Contains(n))]
            : roles.IsSupersetOf(AuthorizationMatrixRoles.Groups["editors"]) ? ["editors",
                .. AuthorizationMatrixRoles.Names.Where(n => roles.Contains(n) && n is not ("editor" or "admin"))]
            : AuthorizationMatrixRoles.Names.Where(roles.Contains).ToList();
        return string.Join(' ', rest);
    }
}

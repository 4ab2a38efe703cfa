using System.Text.RegularExpressions;

namespace Hamahang.GraphQL.Tests.Repository;

/// <summary>graphql/README.md names only paths that exist (relative to the repository, graphql/ or a project folder).</summary>
public partial class EngineReadmeTests
{
    private static readonly string[] Projects = ["Hamahang.GraphQL", "Hamahang.GraphQL.AspNetCore", "Hamahang.GraphQL.EntityFramework"];

    [Fact]
    public void Every_path_the_readme_names_exists()
    {
        var graphql = FindGraphQLFolder();
        var text = File.ReadAllText(Path.Combine(graphql, "README.md"));
        var paths = PathInBackticks().Matches(text).Select(m => m.Groups[1].Value).ToList();
        Assert.True(paths.Count >= 20, "the readme names " + paths.Count + " paths");
        var missing = paths.Where(p => !Exists(graphql, p)).ToList();
        Assert.Empty(missing);
    }

    private static bool Exists(string graphql, string path) =>
        new[] { graphql, Path.GetDirectoryName(graphql)! }.Concat(Projects.Select(p => Path.Combine(graphql, p)))
            .Any(root => File.Exists(Path.Combine(root, path)) || Directory.Exists(Path.Combine(root, path)));

    private static string FindGraphQLFolder()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "graphql", "README.md")))
            {
                return Path.Combine(directory.FullName, "graphql");
            }
        }

        throw new InvalidOperationException("graphql/README.md was not found above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex(@"`([A-Za-z.]+/[A-Za-z./]*|[A-Za-z.]+\.cs)`")]
    private static partial Regex PathInBackticks();
}

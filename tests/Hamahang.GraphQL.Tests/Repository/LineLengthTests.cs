namespace Hamahang.GraphQL.Tests.Repository;

/// <summary>Every line of the repository's C# (graphql/, api/, tests/, bench/) keeps the <c>max_line_length</c> that its .editorconfig sets for *.cs.</summary>
public sealed class LineLengthTests
{
    [Fact]
    public void TheEditorconfigSetsALineLengthForCSharp()
    {
        Assert.Equal(160, MaxLineLength(RepositoryRoot()));
    }

    [Theory]
    [InlineData("graphql")]
    [InlineData("api")]
    [InlineData("tests")]
    [InlineData("bench")]
    public void NoLineIsLongerThanTheEditorconfigAllows(string folder)
    {
        var root = RepositoryRoot();
        var tooLong = LinesOver(Path.Combine(root, folder), MaxLineLength(root), Skipped);
        Assert.True(tooLong.Count == 0, tooLong.Count + " lines are too long:\n" + string.Join('\n', tooLong));
    }

    [Fact]
    public void ALineOneCharacterTooLongIsNamedByFileAndLine()
    {
        var folder = Directory.CreateTempSubdirectory("line-length-");
        try
        {
            Directory.CreateDirectory(Path.Combine(folder.FullName, "A", "obj"));
            File.WriteAllText(Path.Combine(folder.FullName, "A", "Short.cs"), "class S\n{\n}\n");
            File.WriteAllText(Path.Combine(folder.FullName, "A", "Long.cs"), "// ok\n" + new string('x', 11) + "\n" + new string('y', 10) + "\n");
            File.WriteAllText(Path.Combine(folder.FullName, "A", "obj", "Generated.cs"), new string('z', 50) + "\n");
            File.WriteAllText(Path.Combine(folder.FullName, "A", "Skipped.cs"), new string('z', 50) + "\n");

            var tooLong = LinesOver(folder.FullName, 10, ["A/Skipped.cs"]);

            Assert.Equal(["A/Long.cs:2 is 11 characters"], tooLong);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    // What no one writes by hand: dotnet-ef's migrations; and the printer's expected output, whose descriptions (HotChocolate's
    // own wording of @cost and @listSize) the printer writes on one line each.
    private static readonly string[] Skipped = ["Data/Migrations/", "Hamahang.GraphQL.Tests/Utilities/SchemaPrinterCostTests.cs"];

    /// <summary>Each line over <paramref name="max"/> in the *.cs files under <paramref name="folder"/> (not bin/ or obj/), as "path:line".</summary>
    private static List<string> LinesOver(string folder, int max, IReadOnlyList<string> skipped) =>
        Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(folder, path).Replace('\\', '/'))
            .Where(path => !path.Split('/').Any(part => part is "bin" or "obj"))
            .Where(path => !skipped.Any(skip => skip.EndsWith('/') ? path.StartsWith(skip, StringComparison.Ordinal) : path == skip))
            .Order(StringComparer.Ordinal)
            .SelectMany(path => File.ReadAllLines(Path.Combine(folder, path))
                .Select((line, index) => (line, number: index + 1))
                .Where(numbered => numbered.line.Length > max)
                .Select(numbered => path + ":" + numbered.number + " is " + numbered.line.Length + " characters"))
            .ToList();

    /// <summary>The <c>max_line_length</c> of the .editorconfig's <c>[*.cs]</c> section.</summary>
    private static int MaxLineLength(string root)
    {
        var section = "";
        foreach (var raw in File.ReadAllLines(Path.Combine(root, ".editorconfig")))
        {
            var line = raw.Trim();
            if (line.StartsWith('['))
            {
                section = line;
            }
            else if (section == "[*.cs]" && line.Split('=', 2) is [var key, var value] && key.Trim() == "max_line_length")
            {
                return int.Parse(value.Trim(), System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        throw new InvalidOperationException(".editorconfig sets no max_line_length for [*.cs]");
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, ".editorconfig")) && Directory.Exists(Path.Combine(directory.FullName, "graphql")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("the repository's .editorconfig was not found above " + AppContext.BaseDirectory);
    }
}

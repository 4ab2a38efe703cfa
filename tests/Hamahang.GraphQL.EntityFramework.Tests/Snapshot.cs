using System.Runtime.CompilerServices;

namespace Hamahang.GraphQL.EntityFramework.Tests;

/// <summary>
/// Compares text with a <c>.snap</c> file beside the test (<c>{TestFile}.{Test}.snap</c>). <c>UPDATE_SNAPSHOTS=1</c>
/// rewrites it; a missing snapshot is written on a developer's machine and fails when <c>CI=true</c>.
/// </summary>
public static class Snapshot
{
    public static void Match(string actual, [CallerFilePath] string testFile = "", [CallerMemberName] string test = "")
    {
        var path = Path.Combine(Path.GetDirectoryName(testFile)!, $"{Path.GetFileNameWithoutExtension(testFile)}.{test}.snap");
        actual = actual.ReplaceLineEndings("\n").TrimEnd() + "\n";
        var update = Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS") == "1";
        if (!File.Exists(path) && !update)
        {
            Assert.False(Environment.GetEnvironmentVariable("CI") == "true", $"The snapshot {path} is missing; run the tests with UPDATE_SNAPSHOTS=1 and commit it.");
            File.WriteAllText(path, actual);
            return;
        }

        if (update)
        {
            File.WriteAllText(path, actual);
            return;
        }

        Assert.Equal(File.ReadAllText(path).ReplaceLineEndings("\n"), actual);
    }
}

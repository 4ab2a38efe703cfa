namespace Hamahang.Web.Tests;

/// <summary>The repository's folders, found from the test's output folder.</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string Web => Path.Combine(Root, "web");

    public static string Operations => Path.Combine(Root, "schema", "operations");

    /// <summary>Where the browser tests write their screenshots (ignored by git).</summary>
    public static string Screenshots => Path.Combine(Root, "tests", "Hamahang.Web.Tests", "screenshots");

    /// <summary>The host's assembly, built in the same configuration as the tests.</summary>
    public static string ApiAssembly
    {
        get
        {
            // bin/<Configuration>/<framework>/ of this project; the host's output has the same shape.
            var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
            var path = Path.Combine(Root, "api", "bin", output.Parent!.Name, output.Name, "Hamahang.Api.dll");
            return File.Exists(path) ? path : throw new FileNotFoundException("The host is not built.", path);
        }
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Api.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("No Api.sln above " + AppContext.BaseDirectory);
    }
}

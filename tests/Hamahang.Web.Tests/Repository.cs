namespace Hamahang.Web.Tests;

/// <summary>The repository's folders, found from the test's output folder.</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    /// <summary>
    /// The repository whose page is tested: this one, or the one <c>HAMAHANG_PAGE_REPOSITORY</c> names (another
    /// checkout's web/ and schema/operations/ served by this build's host, to try a branch's page).
    /// </summary>
    public static string PageRoot { get; } = Environment.GetEnvironmentVariable("HAMAHANG_PAGE_REPOSITORY") is { Length: > 0 } other ? other : Root;

    public static string Web => Path.Combine(PageRoot, "web");

    public static string Operations => Path.Combine(PageRoot, "schema", "operations");

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

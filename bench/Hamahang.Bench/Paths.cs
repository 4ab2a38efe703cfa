namespace Hamahang.Bench;

/// <summary>Where the benchmark's documents and scripts are, found from the build output upwards.</summary>
internal static class Paths
{
    public static string Repository { get; } = FindRepository();

    public static string BenchDirectory => Path.Combine(Repository, "bench", "Hamahang.Bench");

    public static string KitchenSink => Path.Combine(Repository, "tests", "conformance", "corpus", "language", "kitchen-sink.graphql");

    public static string ValidationCorpus => Path.Combine(Repository, "tests", "conformance", "corpus", "validation");

    public static string Large => Path.Combine(BenchDirectory, "Documents", "large.graphql");

    private static string FindRepository()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Api.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Api.sln was not found above " + AppContext.BaseDirectory);
    }
}

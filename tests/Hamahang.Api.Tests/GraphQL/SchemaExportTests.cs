using System.Runtime.CompilerServices;
using Hamahang.GraphQL.Execution;
using Hamahang.GraphQL.Utilities;
using Microsoft.Extensions.DependencyInjection;
using Snapshooter.Xunit;

namespace Hamahang.Api.Tests.GraphQL;

/// <summary>
/// schema/schema.graphql is the running schema printed: the contract integrators read; a Snapshooter
/// snapshot (<c>__snapshots__/</c>) holds it too. When the schema changes on purpose,
/// <c>UPDATE_SNAPSHOTS=1 dotnet test tests/Hamahang.Api.Tests --filter SchemaExport</c> rewrites the file
/// and deletes the snapshot, which Snapshooter then writes afresh (outside CI).
/// </summary>
public sealed class SchemaExportTests(HostFactory factory) : IClassFixture<HostFactory>
{
    [Fact]
    public async Task TheExportedSchemaIsTheRunningSchema()
    {
        var running = SchemaPrinter.Print(factory.Services.GetRequiredService<IRequestExecutor>().Schema).ReplaceLineEndings("\n").TrimEnd() + "\n";
        var path = Path.Combine(RepositoryRoot(), "schema", "schema.graphql");
        if (Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS") == "1")
        {
            await File.WriteAllTextAsync(path, running);
            var snapshot = Snapshot.FullName();
            File.Delete(Path.Combine(snapshot.FolderPath, "__snapshots__", snapshot.Filename));
        }

        Snapshot.Match(running);
        Assert.True(File.Exists(path), $"{path} is missing; run the tests with UPDATE_SNAPSHOTS=1 and commit it.");
        Assert.Equal((await File.ReadAllTextAsync(path)).ReplaceLineEndings("\n"), running);
    }

    [Fact]
    public async Task TheHostServesTheSameSchemaAtItsSdlAddress()
    {
        using var client = factory.CreateClient();
        var served = await client.GetStringAsync(new Uri("/graphql?sdl", UriKind.Relative));
        var exported = await File.ReadAllTextAsync(Path.Combine(RepositoryRoot(), "schema", "schema.graphql"));
        Assert.Equal(exported.ReplaceLineEndings("\n").TrimEnd(), served.ReplaceLineEndings("\n").TrimEnd());
    }

    private static string RepositoryRoot([CallerFilePath] string here = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "..", "..", ".."));
}

using System.Text.Json;
using Hamahang.GraphQL.Tests.Conformance;
using Hamahang.GraphQL.Types;
using Hamahang.GraphQL.Utilities;

namespace Hamahang.GraphQL.Tests.Utilities;

/// <summary>
/// The SDL corpus (tests/conformance/corpus/schema) through graphql-js and through our engine: the printed
/// schema of every valid document, and the errors (or the thrown message) of every invalid one, must match.
/// </summary>
public class SchemaConformanceTests
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    private static readonly Lazy<IReadOnlyList<SchemaCase>> Reference = new(() =>
        JsonSerializer.Deserialize<List<SchemaCase>>(NodeScript.Run("schema.mjs"), Json)!);

    public static TheoryData<string> Valid() => Names("valid/");

    public static TheoryData<string> Invalid() => Names("invalid/");

    [Fact]
    public void TheCorpusHasAtLeastOneHundredValidAndFortyInvalidSchemas()
    {
        Assert.True(Reference.Value.Count(c => c.Name.StartsWith("valid/", StringComparison.Ordinal) && c.Printed is not null) >= 100);
        Assert.True(Reference.Value.Count(c => c.Name.StartsWith("invalid/", StringComparison.Ordinal) && c.Printed is null) >= 40);
    }

    [Theory]
    [MemberData(nameof(Valid))]
    public void AValidSchemaPrintsAsGraphQLJsPrintsIt(string name) => AssertSame(name);

    [Theory]
    [MemberData(nameof(Invalid))]
    public void AnInvalidSchemaIsRefusedWithGraphQLJsMessages(string name) => AssertSame(name);

    private static void AssertSame(string name)
    {
        var expected = Reference.Value.Single(c => c.Name == name);
        Assert.Equal(expected, Ours(name));
    }

    private static SchemaCase Ours(string name)
    {
        var sdl = File.ReadAllText(Path.Combine(NodeScript.ConformanceDirectory, "corpus", "schema", name));
        try
        {
            var schema = BuildSchema.FromSdl(sdl, new BuildSchemaOptions { AssumeValid = true });
            var errors = schema.Errors.Select(e => e.Message).ToList();
            return errors.Count > 0 ? new SchemaCase(name, null, errors, null) : new SchemaCase(name, null, null, SchemaPrinter.Print(schema));
        }
        catch (SchemaValidationException error)
        {
            return new SchemaCase(name, error.Message, null, null);
        }
    }

    private static TheoryData<string> Names(string prefix)
    {
        var folder = Path.Combine(NodeScript.ConformanceDirectory, "corpus", "schema", prefix.TrimEnd('/'));
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(folder, "*.graphql").Select(Path.GetFileName).Order(StringComparer.Ordinal))
        {
            data.Add(prefix + file);
        }

        return data;
    }

    public sealed record SchemaCase(string Name, string? Thrown, List<string>? Errors, string? Printed)
    {
        public bool Equals(SchemaCase? other) =>
            other is not null && Name == other.Name && Thrown == other.Thrown && Printed == other.Printed
            && (Errors ?? []).SequenceEqual(other.Errors ?? []);

        public override int GetHashCode() => Name.GetHashCode(StringComparison.Ordinal);

        public override string ToString() => $"{Name}\nthrown: {Thrown}\nerrors:\n  {string.Join("\n  ", Errors ?? [])}\nprinted:\n{Printed}";
    }
}

using Hamahang.GraphQL.Utilities;
using Snapshooter.Xunit;

namespace Hamahang.GraphQL.EntityFramework.Tests;

public class SchemaShapeTests
{
    [Fact]
    public void TheConventionsEmitHotChocolatesTypes() => Snapshot.Match(SchemaPrinter.Print(TestSchema.Schema));
}

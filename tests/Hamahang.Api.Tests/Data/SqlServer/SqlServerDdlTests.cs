using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Xunit.Abstractions;

namespace Hamahang.Api.Tests.Data.SqlServer;

/// <summary>
/// The SQL Server model passes <see cref="SqlServerDdlChecks"/>, and each check reports the problem
/// of a small model built to have it (and nothing else), so none of them can pass by seeing nothing.
/// </summary>
public sealed class SqlServerDdlTests(ITestOutputHelper output)
{
    [Fact]
    public void TheSqlServerModelPassesEveryCheck()
    {
        using var db = SqlServerScriptTests.Context();
        var model = db.GetService<IDesignTimeModel>().Model.GetRelationalModel();
        var problems = SqlServerDdlChecks.Check(db);
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        var indexes = model.Tables.Sum(t => t.Indexes.Count() + t.UniqueConstraints.Count());
        var cascades = model.Tables.Sum(t => t.ForeignKeyConstraints.Count(fk => fk.OnDeleteAction != ReferentialAction.NoAction
            && fk.OnDeleteAction != ReferentialAction.Restrict));
        Assert.True(model.Tables.Count() > 20 && indexes > 40 && cascades > 5, $"{model.Tables.Count()} tables, {indexes} keys, {cascades} cascades");
        output.WriteLine($"SQL Server DDL checks: {model.Tables.Count()} tables, {indexes} indexes and keys, {cascades} cascading foreign keys, 0 problems");
    }

    [Fact]
    public void TwoCascadePathsToATableAreReported()
    {
        // Deleting a Parent reaches a Grandchild through Child and directly.
        var problems = Problems(b =>
        {
            b.Entity<Parent>();
            b.Entity<Child>().HasOne(c => c.Parent).WithMany().OnDelete(DeleteBehavior.Cascade);
            b.Entity<Grandchild>().HasOne(g => g.Child).WithMany().OnDelete(DeleteBehavior.Cascade);
            b.Entity<Grandchild>().HasOne(g => g.Parent).WithMany().OnDelete(DeleteBehavior.Cascade);
        });
        Assert.Contains(problems, p => p.StartsWith("multiple cascade paths to Grandchild from Parent:", StringComparison.Ordinal));
    }

    [Fact]
    public void OnePathPerTableIsNotReported()
    {
        Assert.Empty(Problems(b =>
        {
            b.Entity<Child>().HasOne(c => c.Parent).WithMany().OnDelete(DeleteBehavior.Cascade);
            b.Entity<Grandchild>().HasOne(g => g.Child).WithMany().OnDelete(DeleteBehavior.Cascade);
            b.Entity<Grandchild>().HasOne(g => g.Parent).WithMany().OnDelete(DeleteBehavior.Restrict);
        }));
    }

    [Fact]
    public void ACascadeCycleIsReported()
    {
        var problems = Problems(b => b.Entity<Node>().HasOne(n => n.Next).WithMany().OnDelete(DeleteBehavior.Cascade));
        Assert.Contains(problems, p => p.StartsWith("cascade cycle: Node -(FK_Node_Node_NextId)-> Node", StringComparison.Ordinal));
    }

    [Fact]
    public void AClusteredKeyOver900BytesAndANonclusteredKeyOver1700AreReported()
    {
        // Clustered: the primary key nvarchar(460) is 920 bytes, the index on Title + Slug 800 + 200 = 1 000.
        // Nonclustered: Title + Code is 800 + 1 000 = 1 800 bytes; Code + Slug (1 200) is under 1 700.
        var problems = Problems(b =>
        {
            b.Entity<Keyed>().Property(k => k.Id).HasMaxLength(460);
            b.Entity<Note>().Property(n => n.Title).HasMaxLength(400);
            b.Entity<Note>().Property(n => n.Code).HasMaxLength(500);
            b.Entity<Note>().Property(n => n.Slug).HasMaxLength(100);
            b.Entity<Note>().HasKey(n => n.Id).IsClustered(false);
            b.Entity<Note>().HasIndex(n => new { n.Title, n.Slug }).IsClustered();
            b.Entity<Note>().HasIndex(n => new { n.Title, n.Code });
            b.Entity<Note>().HasIndex(n => new { n.Code, n.Slug }).IsUnique();
        });
        Assert.Equal(
            [
                "Keyed: clustered primary key PK_Keyed has a key of up to 920 bytes, over 900: Id nvarchar(460)",
                "Note: clustered index IX_Note_Title_Slug has a key of up to 1000 bytes, over 900: Title nvarchar(400), Slug nvarchar(100)",
                "Note: nonclustered index IX_Note_Title_Code has a key of up to 1800 bytes, over 1700: Title nvarchar(400), Code nvarchar(500)",
            ],
            problems.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void AnIndexOnNvarcharMaxIsReported()
    {
        var problems = Problems(b =>
        {
            b.Entity<Note>().Property(n => n.Title).HasColumnType("nvarchar(max)");
            b.Entity<Note>().Property(n => n.Data).HasColumnType("varbinary(max)");
            b.Entity<Note>().Property(n => n.Slug).HasMaxLength(32);
            b.Entity<Note>().HasIndex(n => n.Title).IsUnique();
            b.Entity<Note>().HasIndex(n => new { n.Slug, n.Data });
            b.Entity<Note>().HasIndex(n => n.Slug);
        });
        Assert.Equal(
            [
                "Note: index IX_Note_Slug_Data has a key column SQL Server cannot index: Data varbinary(max)",
                "Note: unique index IX_Note_Title has a key column SQL Server cannot index: Title nvarchar(max)",
            ],
            problems.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void TwoRowVersionsInATableAreReported()
    {
        var problems = Problems(b =>
        {
            b.Entity<Versioned>().Property(v => v.Version).IsRowVersion();
            b.Entity<Versioned>().Property(v => v.Stamp).IsRowVersion();
        });
        Assert.Equal(["Versioned: 2 rowversion columns (Stamp, Version); a table takes one"], problems);
    }

    [Fact]
    public void TwoIdentitiesInATableAndAnIdentityThatIsNoIntegerAreReported()
    {
        var problems = Problems(b =>
        {
            b.Entity<Counted>().Property(c => c.Id).UseIdentityColumn();
            b.Entity<Counted>().Property(c => c.Serial).UseIdentityColumn();
            b.Entity<Counted>().Property(c => c.Amount).HasColumnType("decimal(9,2)").UseIdentityColumn();
        });
        Assert.Equal(
            ["Counted: 3 identity columns (Id, Amount, Serial); a table takes one", "Counted: identity column Amount is decimal(9,2), not an integer type"],
            problems);
    }

    [Theory]
    [InlineData("[Slug] IS NOT NULL", null)]
    [InlineData("[Code] = N'a' AND ([Slug] > N'b') AND [Title] IN (N'x', N'y')", null)]
    [InlineData("[Code] <> -1", null)]
    [InlineData("[Code] = N'a' OR [Slug] IS NULL", "Or is not allowed")]
    [InlineData("[Code] LIKE N'a%'", "Like is not allowed")]
    [InlineData("[Code] BETWEEN N'a' AND N'b'", "Ternary is not allowed")]
    [InlineData("NOT ([Code] = N'a')", "Not is not allowed")]
    [InlineData("[Code] NOT IN (N'a')", "NOT IN is not allowed")]
    [InlineData("LEN([Code]) > 2", "FunctionCall where a column must stand")]
    [InlineData("[Code] = [Slug]", "a column may only be compared with a constant")]
    [InlineData("[Missing] IS NULL", "Missing is not a column of the table")]
    public void AFilterSqlServerCannotTakeIsReported(string filter, string? problem)
    {
        var problems = Problems(b =>
        {
            b.Entity<Note>().Property(n => n.Code).HasMaxLength(32);
            b.Entity<Note>().Property(n => n.Slug).HasMaxLength(32);
            b.Entity<Note>().Property(n => n.Title).HasMaxLength(32);
            b.Entity<Note>().HasIndex(n => n.Code).HasFilter(filter);
        }, filter);
        Assert.Equal(problem is null ? [] : [$"Note: filtered index IX_Note_Code WHERE {filter}: {problem}"], problems);
    }

    private static List<string> Problems(Action<ModelBuilder> build, string variant = "")
    {
        using var db = new BadModelContext(build, new System.Diagnostics.StackFrame(1).GetMethod()!.Name + variant);
        return [.. SqlServerDdlChecks.Check(db)];
    }

    private sealed class Parent
    {
        public int Id { get; set; }
    }

    private sealed class Child
    {
        public int Id { get; set; }
        public int ParentId { get; set; }
        public Parent Parent { get; set; } = null!;
    }

    private sealed class Grandchild
    {
        public int Id { get; set; }
        public int ChildId { get; set; }
        public Child Child { get; set; } = null!;
        public int ParentId { get; set; }
        public Parent Parent { get; set; } = null!;
    }

    private sealed class Node
    {
        public int Id { get; set; }
        public int? NextId { get; set; }
        public Node? Next { get; set; }
    }

    private sealed class Note
    {
        public int Id { get; set; }
        public string Title { get; set; } = "";
        public string Code { get; set; } = "";
        public byte[]? Data { get; set; }
        public string? Slug { get; set; }
    }

    private sealed class Keyed
    {
        public string Id { get; set; } = "";
    }

    private sealed class Versioned
    {
        public int Id { get; set; }
        public byte[] Version { get; set; } = [];
        public byte[] Stamp { get; set; } = [];
    }

    private sealed class Counted
    {
        public int Id { get; set; }
        public long Serial { get; set; }
        public decimal Amount { get; set; }
    }
}

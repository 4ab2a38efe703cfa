using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace Hamahang.Api.Tests.Data.SqlServer;

/// <summary>
/// What SQL Server refuses when the DDL runs though its parser accepts it, checked on the relational
/// model a context's migrations and create script are generated from: several cascade paths to a
/// table (error 1785), an index key over 900 bytes (clustered) or 1 700 bytes (nonclustered, SQL Server
/// 2016 and later) or on a (max) column (1919, 1946 and 1944 on insert), more than one
/// rowversion or identity column in a table or identity on a type that is not an integer (2744,
/// 2749), and a filtered index whose predicate is more than simple comparisons of a column with a
/// constant joined by AND (10609). Each problem is one line naming the table and what is wrong.
/// </summary>
internal static class SqlServerDdlChecks
{
    /// <summary>The key limit of a clustered index (a primary key unless it says otherwise).</summary>
    public const int MaxClusteredKeyBytes = 900;

    /// <summary>The key limit of a nonclustered index or unique constraint since SQL Server 2016 (900 before).</summary>
    public const int MaxNonclusteredKeyBytes = 1700;

    public static IReadOnlyList<string> Check(DbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        var model = db.GetService<IDesignTimeModel>().Model.GetRelationalModel();
        return [.. CascadePaths(model), .. IndexKeys(model), .. RowVersionsAndIdentities(model), .. Filters(model)];
    }

    /// <summary>
    /// Error 1785: a table reached from another by two chains of foreign keys that both cascade (or set
    /// null or default) on delete, or a cycle of such keys. Every table's paths are walked depth-first.
    /// </summary>
    public static IEnumerable<string> CascadePaths(IRelationalModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        // An edge runs from the principal table (the deleted row) to the dependent table (the rows the action reaches).
        var edges = model.Tables
            .SelectMany(t => t.ForeignKeyConstraints)
            .Where(fk => fk.OnDeleteAction is ReferentialAction.Cascade or ReferentialAction.SetNull or ReferentialAction.SetDefault)
            .ToLookup(fk => fk.PrincipalTable.Name);
        var problems = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var start in model.Tables.Select(t => t.Name))
        {
            var paths = new Dictionary<string, List<string>>(StringComparer.Ordinal);
            Walk(start, [start], [start]);

            void Walk(string table, List<string> path, HashSet<string> onPath)
            {
                foreach (var fk in edges[table])
                {
                    var next = fk.Table.Name;
                    var route = string.Join(" -> ", path) + $" -({fk.Name})-> {next}";
                    if (onPath.Contains(next))
                    {
                        problems.Add($"cascade cycle: {route}");
                        continue;
                    }

                    if (!paths.TryGetValue(next, out var routes))
                    {
                        paths[next] = routes = [];
                    }

                    routes.Add(route);
                    if (routes.Count == 2)
                    {
                        problems.Add($"multiple cascade paths to {next} from {start}: {routes[0]} and {routes[1]}");
                    }

                    onPath.Add(next);
                    Walk(next, [.. path, next], onPath);
                    onPath.Remove(next);
                }
            }
        }

        return problems;
    }

    /// <summary>
    /// Errors 1919 and 1946 (and 1944 when a row's key is too long): a key column of type (max), or a key
    /// that may be longer than its limit, in any index, primary key or unique constraint.
    /// </summary>
    public static IEnumerable<string> IndexKeys(IRelationalModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        foreach (var table in model.Tables)
        {
            var store = StoreObjectIdentifier.Table(table.Name, table.Schema);
            var keys = table.Indexes
                .Select(i => (Kind: i.IsUnique ? "unique index" : "index", i.Name, i.Columns,
                    Clustered: i.MappedIndexes.Any(m => m.IsClustered(store) == true)))
                .Concat(table.UniqueConstraints.Select(c => (
                    Kind: c.GetIsPrimaryKey() ? "primary key" : "unique constraint",
                    c.Name,
                    c.Columns,
                    Clustered: c.MappedKeys.Select(k => k.IsClustered(store)).FirstOrDefault(k => k is not null) ?? c.GetIsPrimaryKey())));
            foreach (var (kind, name, columns, clustered) in keys)
            {
                var limit = clustered ? MaxClusteredKeyBytes : MaxNonclusteredKeyBytes;
                var max = columns.Where(c => KeyBytes(c.StoreType) is null).Select(c => $"{c.Name} {c.StoreType}").ToList();
                if (max.Count > 0)
                {
                    yield return $"{table.Name}: {kind} {name} has a key column SQL Server cannot index: {string.Join(", ", max)}";
                    continue;
                }

                var bytes = columns.Sum(c => KeyBytes(c.StoreType)!.Value);
                if (bytes > limit)
                {
                    yield return $"{table.Name}: {(clustered ? "clustered" : "nonclustered")} {kind} {name} has a key of up to {bytes} bytes, over {limit}: " +
                        $"{string.Join(", ", columns.Select(c => $"{c.Name} {c.StoreType}"))}";
                }
            }
        }
    }

    /// <summary>Errors 2744 and 2749: a table with two identity or two rowversion columns, or an identity that is not an integer.</summary>
    public static IEnumerable<string> RowVersionsAndIdentities(IRelationalModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        foreach (var table in model.Tables)
        {
            var store = StoreObjectIdentifier.Table(table.Name, table.Schema);
            var identities = table.Columns
                .Where(c =>
                    c.PropertyMappings.Any(m => SqlServerPropertyExtensions.GetValueGenerationStrategy(m.Property,
                    store) == SqlServerValueGenerationStrategy.IdentityColumn))
                .ToList();
            if (identities.Count > 1)
            {
                yield return $"{table.Name}: {identities.Count} identity columns ({string.Join(", ", identities.Select(c => c.Name))}); a table takes one";
            }

            foreach (var column in identities.Where(c => !IsIntegral(c.StoreType)))
            {
                yield return $"{table.Name}: identity column {column.Name} is {column.StoreType}, not an integer type";
            }

            var versions = table.Columns.Where(c => BaseType(c.StoreType) is "rowversion" or "timestamp").ToList();
            if (versions.Count > 1)
            {
                yield return $"{table.Name}: {versions.Count} rowversion columns ({string.Join(", ", versions.Select(c => c.Name))}); a table takes one";
            }
        }
    }

    /// <summary>
    /// Error 10609: a filter SQL Server takes is conjuncts joined by AND, each a column compared with a
    /// constant (=, &lt;&gt;, !=, &gt;, &gt;=, !&gt;, &lt;, &lt;=, !&lt;), IS [NOT] NULL, or IN a list of constants;
    /// no OR, NOT, LIKE, BETWEEN, function or column of another table.
    /// </summary>
    public static IEnumerable<string> Filters(IRelationalModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        foreach (var table in model.Tables)
        {
            foreach (var index in table.Indexes.Where(i => i.Filter is not null))
            {
                var problem = FilterProblem(index.Filter!, table.Columns.Select(c => c.Name).ToHashSet(StringComparer.OrdinalIgnoreCase));
                if (problem is not null)
                {
                    yield return $"{table.Name}: filtered index {index.Name} WHERE {index.Filter}: {problem}";
                }
            }
        }
    }

    /// <summary>Why SQL Server refuses <paramref name="filter"/> as an index's WHERE, or null when it takes it.</summary>
    public static string? FilterProblem(string filter, IReadOnlySet<string> columns)
    {
        ArgumentNullException.ThrowIfNull(columns);
        using var reader = new StringReader(filter);
        var expression = new TSql170Parser(initialQuotedIdentifiers: true).ParseBooleanExpression(reader, out var errors);
        if (errors.Count > 0)
        {
            return $"does not parse ({errors[0].Message})";
        }

        return Conjunct(expression);

        string? Conjunct(BooleanExpression e) => e switch
        {
            BooleanParenthesisExpression p => Conjunct(p.Expression),
            BooleanBinaryExpression { BinaryExpressionType: BooleanBinaryExpressionType.And } and => Conjunct(and.FirstExpression)
                ?? Conjunct(and.SecondExpression),
            BooleanBinaryExpression or => $"{or.BinaryExpressionType} is not allowed",
            BooleanComparisonExpression c when Column(c.FirstExpression) is { } problem => problem,
            BooleanComparisonExpression c => Constant(c.SecondExpression) ? null : "a column may only be compared with a constant",
            BooleanIsNullExpression n => Column(n.Expression),
            InPredicate { NotDefined: true } => "NOT IN is not allowed",
            InPredicate { Subquery: not null } => "IN (subquery) is not allowed",
            InPredicate i => Column(i.Expression) ?? (i.Values.All(Constant) ? null : "IN takes constants only"),
            _ =>
                $"{e.GetType().Name.Replace("Boolean", "", StringComparison.Ordinal).Replace("Expression", "", StringComparison.Ordinal)
                    .Replace("Predicate", "", StringComparison.Ordinal)} is not allowed",
        };

        string? Column(ScalarExpression e) => e switch
        {
            ColumnReferenceExpression { MultiPartIdentifier.Count: 1 } c when columns.Contains(c.MultiPartIdentifier[0].Value) => null,
            ColumnReferenceExpression c => $"{string.Join('.', c.MultiPartIdentifier.Identifiers.Select(i => i.Value))} is not a column of the table",
            ParenthesisExpression p => Column(p.Expression),
            _ => $"{e.GetType().Name} where a column must stand",
        };

        static bool Constant(ScalarExpression e) => e switch
        {
            Literal => true,
            UnaryExpression u => u.Expression is Literal,
            ParenthesisExpression p => Constant(p.Expression),
            _ => false,
        };
    }

    /// <summary>The most bytes a value of <paramref name="storeType"/> takes in an index key; null for a type no index key may hold.</summary>
    public static int? KeyBytes(string storeType)
    {
        ArgumentNullException.ThrowIfNull(storeType);
        var type = BaseType(storeType);
        var size = Size(storeType);
        return type switch
        {
            "nvarchar" or "nchar" => size is { } n ? 2 * n : null,
            "varchar" or "char" or "varbinary" or "binary" => size,
            "text" or "ntext" or "image" or "xml" or "geography" or "geometry" or "sql_variant" => null,
            "bit" or "tinyint" => 1,
            "smallint" => 2,
            "date" => 3,
            "int" or "real" or "smalldatetime" or "smallmoney" => 4,
            "time" => 5,
            "bigint" or "float" or "datetime" or "datetime2" or "money" or "rowversion" or "timestamp" => 8,
            "datetimeoffset" => 10,
            "uniqueidentifier" => 16,
            "decimal" or "numeric" => 17,
            _ => throw new InvalidOperationException($"The checks do not know the key size of {storeType}; add it."),
        };
    }

    private static bool IsIntegral(string storeType) =>
        BaseType(storeType) is "tinyint" or "smallint" or "int" or "bigint"
        || (BaseType(storeType) is "decimal" or "numeric" && storeType.Replace(" ", "", StringComparison.Ordinal).EndsWith(",0)", StringComparison.Ordinal));

    private static string BaseType(string storeType) => storeType.Split('(', 2)[0].Trim().ToLowerInvariant();

    // nvarchar(300) -> 300; nvarchar(max), a type without a size -> null.
    private static int? Size(string storeType)
    {
        var open = storeType.IndexOf('(', StringComparison.Ordinal);
        return open < 0 || !int.TryParse(storeType[(open + 1)..].Split([',', ')'], 2)[0].Trim(), out var size) ? null : size;
    }
}

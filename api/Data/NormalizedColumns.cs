using System.Linq.Expressions;
using System.Reflection;
using Hamahang.Api.Domain;
using Hamahang.Api.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hamahang.Api.Data;

/// <summary>
/// Searched Persian text has a shadow column beside it (Title → TitleNormalized) holding
/// <see cref="PersianText.Normalize"/> of the text, kept in sync on every save; searches compare
/// the normalised term with it: <c>EF.Property&lt;string&gt;(m, NormalizedColumns.For("Title"))</c>.
/// </summary>
public static class NormalizedColumns
{
    public const string Suffix = "Normalized";

    private const string SourceAnnotation = "Hamahang:NormalizedFrom";

    public static string For(string property) => property + Suffix;

    /// <summary>Adds the shadow column for <paramref name="source"/>; an index when it is bounded and searched by prefix.</summary>
    public static PropertyBuilder<string> HasNormalizedColumn<T>(
        this EntityTypeBuilder<T> builder, Expression<Func<T, string?>> source, int? maxLength = null, bool indexed = false)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(source);
        var name = ((MemberExpression)source.Body).Member.Name;
        var column = builder.Property<string>(For(name)).HasAnnotation(SourceAnnotation, name);
        column.IsRequired(builder.Metadata.FindProperty(name)?.IsNullable == false);
        if (maxLength is int length)
        {
            column.HasMaxLength(length);
        }

        if (indexed)
        {
            builder.HasIndex(For(name));
        }

        return column;
    }

    /// <summary>Recomputes the shadow columns of an added or modified entry.</summary>
    internal static void Refresh(EntityEntry entry)
    {
        foreach (var property in entry.Metadata.GetProperties())
        {
            if (property.FindAnnotation(SourceAnnotation)?.Value is string source)
            {
                var value = PersianText.Normalize((string?)entry.Property(source).CurrentValue);
                var column = entry.Property(property.Name);
                if (!Equals(column.CurrentValue, value))
                {
                    column.CurrentValue = value;
                }
            }
        }
    }

    /// <summary>
    /// Brings keys written under an earlier rule to the current one: a key that still holds a space was
    /// written when spaces were kept (the key has none now), so those rows, and only those, are rewritten.
    /// Run at start-up after migrating; a second run finds nothing. Versions and timestamps are not touched:
    /// the record itself did not change.
    /// </summary>
    public static async Task<int> RefreshStaleAsync(AppDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var count = 0;
        foreach (var type in db.Model.GetEntityTypes())
        {
            foreach (var property in type.GetProperties())
            {
                if (property.FindAnnotation(SourceAnnotation)?.Value is string source)
                {
                    var refresh = RefreshColumn.MakeGenericMethod(type.ClrType);
                    count += await (Task<int>)refresh.Invoke(null, [db, source, property.Name, cancellationToken])!;
                }
            }
        }

        return count;
    }

    private static readonly MethodInfo RefreshColumn =
        typeof(NormalizedColumns).GetMethod(nameof(RefreshColumnAsync), BindingFlags.NonPublic | BindingFlags.Static)!;

    private static async Task<int> RefreshColumnAsync<T>(AppDbContext db, string source, string column, CancellationToken cancellationToken)
        where T : Entity
    {
        var total = 0;
        while (true)
        {
            var stale = await db.Set<T>()
                .Where(e => EF.Property<string?>(e, column)!.Contains(' '))
                .OrderBy(e => e.Id)
                .Select(e => new { e.Id, Text = EF.Property<string?>(e, source) })
                .Take(500)
                .ToListAsync(cancellationToken);
            if (stale.Count == 0)
            {
                return total;
            }

            foreach (var row in stale)
            {
                var key = PersianText.Normalize(row.Text);
                await db.Set<T>().Where(e => e.Id == row.Id)
                    .ExecuteUpdateAsync(s => s.SetProperty(e => EF.Property<string?>(e, column), key), cancellationToken);
            }

            total += stale.Count;
        }
    }
}

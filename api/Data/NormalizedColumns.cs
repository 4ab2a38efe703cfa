using System.Linq.Expressions;
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
}

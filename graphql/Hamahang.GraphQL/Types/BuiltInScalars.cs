using Hamahang.GraphQL.Types.Scalars;

namespace Hamahang.GraphQL.Types;

// The names are GraphQL's own scalar names.
#pragma warning disable CA1720

/// <summary>
/// The five specified scalars (https://spec.graphql.org/September2025/#sec-Scalars.Built-in-Scalars)
/// and the custom scalars Hamahang ships (<c>DateTime</c>, <c>Date</c>, <c>UUID</c>, <c>URL</c>, <c>Long</c>, <c>Duration</c>).
/// One frozen instance each, shared by every schema.
/// </summary>
public static class BuiltInScalars
{
    /// <summary><c>Int</c>.</summary>
    public static ScalarType Int { get; } = Frozen(new IntType());

    /// <summary><c>Float</c>.</summary>
    public static ScalarType Float { get; } = Frozen(new FloatType());

    /// <summary><c>String</c>.</summary>
    public static ScalarType String { get; } = Frozen(new StringType());

    /// <summary><c>Boolean</c>.</summary>
    public static ScalarType Boolean { get; } = Frozen(new BooleanType());

    /// <summary><c>ID</c>.</summary>
    public static ScalarType ID { get; } = Frozen(new IdType());

    /// <summary><c>DateTime</c> (https://scalars.graphql.org/andimarek/date-time).</summary>
    public static ScalarType DateTime { get; } = Frozen(new DateTimeType());

    /// <summary><c>Date</c> (https://scalars.graphql.org/andimarek/local-date).</summary>
    public static ScalarType Date { get; } = Frozen(new DateType());

    /// <summary><c>UUID</c>.</summary>
    public static ScalarType Uuid { get; } = Frozen(new UuidType());

    /// <summary><c>URL</c>.</summary>
    public static ScalarType Url { get; } = Frozen(new UrlType());

    /// <summary><c>Long</c>.</summary>
    public static ScalarType Long { get; } = Frozen(new LongType());

    /// <summary><c>Duration</c> (HotChocolate's name for <see cref="System.TimeSpan"/>).</summary>
    public static ScalarType Duration { get; } = Frozen(new DurationType());

    /// <summary>The specified scalars in graphql-js's order: String, Int, Float, Boolean, ID.</summary>
    public static IReadOnlyList<ScalarType> Specified { get; } = [String, Int, Float, Boolean, ID];

    /// <summary>The custom scalars Hamahang ships.</summary>
    public static IReadOnlyList<ScalarType> Custom { get; } = [DateTime, Date, Uuid, Url, Long, Duration];

    /// <summary>True when <paramref name="name"/> is one of the five specified scalars.</summary>
    /// <param name="name">A type name.</param>
    public static bool IsSpecified(string name) => name is "String" or "Int" or "Float" or "Boolean" or "ID";

    /// <summary>The built-in or shipped custom scalar named <paramref name="name"/>, or null.</summary>
    /// <param name="name">A type name.</param>
    public static ScalarType? Find(string name) => Specified.Concat(Custom).FirstOrDefault(s => s.Name == name);

    private static ScalarType Frozen(ScalarType scalar)
    {
        scalar.Freeze();
        return scalar;
    }
}

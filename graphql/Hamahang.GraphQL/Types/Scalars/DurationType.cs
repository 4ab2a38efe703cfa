using System.Xml;
using Hamahang.GraphQL.Language;
using static Hamahang.GraphQL.Utilities.Inspector;

namespace Hamahang.GraphQL.Types.Scalars;

/// <summary>
/// <c>Duration</c>: a length of time written as an ISO 8601 duration (<c>PT1H30M</c>), bound to <see cref="TimeSpan"/>,
/// as HotChocolate's <c>TimeSpanType</c> names, describes and specifies it
/// (https://scalars.graphql.org/chillicream/duration.html); custom scalars are described in
/// https://spec.graphql.org/September2025/#sec-Scalars.Custom-Scalars.
/// </summary>
public sealed class DurationType : ScalarType
{
    /// <summary>Creates the scalar; use <see cref="BuiltInScalars.Duration"/>.</summary>
    internal DurationType()
        : base("Duration")
    {
        Description = "The `Duration` scalar type represents a duration of time.";
        SpecifiedByUrl = "https://scalars.graphql.org/chillicream/duration.html";
        RuntimeType = typeof(TimeSpan);
    }

    /// <inheritdoc />
    public override object? Serialize(object? value) => value switch
    {
        TimeSpan span => XmlConvert.ToString(span),
        string s => XmlConvert.ToString(Parse(s)),
        _ => throw new CoercionException($"Duration cannot represent value: {Inspect(value)}"),
    };

    /// <inheritdoc />
    public override object? ParseValue(object? value) =>
        value is string s ? Parse(s) : throw new CoercionException($"Duration cannot represent non-string value: {Inspect(value)}");

    /// <summary>Parses an ISO 8601 duration; throws <see cref="CoercionException"/> otherwise.</summary>
    /// <param name="text">The text.</param>
    public static TimeSpan Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        try
        {
            return XmlConvert.ToTimeSpan(text);
        }
        catch (FormatException)
        {
            throw new CoercionException($"Duration cannot represent an invalid duration string: {Inspect(text)}");
        }
        catch (OverflowException)
        {
            throw new CoercionException($"Duration cannot represent an invalid duration string: {Inspect(text)}");
        }
    }

    /// <inheritdoc />
    public override object? ParseLiteral(ValueNode literal) =>
        literal is StringValueNode s ? Parse(s.Value) : throw LiteralError("Duration cannot represent non-string value: ", literal);
}

namespace Hamahang.GraphQL.Types;

/// <summary>
/// One value of an enum: "EnumValueDefinition : Description? EnumValue Directives[Const]?".
/// Its <see cref="Value"/> is what resolvers return and receive (a CLR enum member, or the name).
/// See https://spec.graphql.org/September2025/#EnumValuesDefinition.
/// </summary>
/// <param name="name">The value's name (not <c>true</c>, <c>false</c> or <c>null</c>).</param>
/// <param name="value">The internal value; the name when null.</param>
public sealed class EnumValueDefinition(string name, object? value = null) : TypeSystemMember(name)
{
    /// <summary>The internal value resolvers return and receive.</summary>
    public object Value { get; } = value ?? name;

    /// <summary>The enum declaring the value; set when it is added.</summary>
    public EnumType? DeclaringType { get; internal set; }

    /// <inheritdoc />
    public override string ToString() => $"{DeclaringType?.Name}.{Name}";
}

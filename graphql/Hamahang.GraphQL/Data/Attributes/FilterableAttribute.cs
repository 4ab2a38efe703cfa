namespace Hamahang.GraphQL.Data;

/// <summary>
/// Keeps a member in its type's filter input (<c>XFilterInput</c>) although <see cref="Types.GraphQLIgnoreAttribute"/>
/// leaves it out of the object type: a relation whose output field is resolved elsewhere (a batched resolver of the
/// same name) can still be filtered across, as <c>meetings(where: { attendees: { some: { ... } } })</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = true)]
public sealed class FilterableAttribute : Attribute
{
}

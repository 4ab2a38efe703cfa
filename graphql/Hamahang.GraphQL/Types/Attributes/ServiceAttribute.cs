namespace Hamahang.GraphQL.Types;

/// <summary>
/// Marks a resolver parameter that is taken from the request's services instead of being a field argument.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter, AllowMultiple = false, Inherited = false)]
public sealed class ServiceAttribute : Attribute
{
}

using System.Runtime.CompilerServices;
using Hamahang.GraphQL.Types.CodeFirst;

namespace Hamahang.GraphQL.Types;

/// <summary>
/// The base of attributes that rewrite the field made from the member they mark (HotChocolate's
/// descriptor attributes: <c>[UsePaging]</c>, <c>[UseFiltering]</c>, ...). The code-first builder calls
/// <see cref="Apply"/> once the field is built, in source order (outermost attribute first), so each one
/// may change the field's type, add arguments and wrap its resolver.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Method, AllowMultiple = true, Inherited = true)]
public abstract class FieldConventionAttribute : Attribute, IFieldConvention
{
    /// <summary>Creates the attribute; <paramref name="order"/> records its source line.</summary>
    /// <param name="order">The line the attribute is written on; filled in by the compiler.</param>
    protected FieldConventionAttribute([CallerLineNumber] int order = 0)
    {
        Order = order;
    }

    /// <summary>The attribute's position in source: attributes apply in ascending order.</summary>
    public int Order { get; }

    /// <inheritdoc />
    public abstract void Apply(FieldConventionContext context);
}

using System.Linq.Expressions;

namespace Hamahang.GraphQL.Data;

/// <summary>
/// HotChocolate's <c>IFilterInputTypeDescriptor&lt;T&gt;</c>, the part a filter input type needs: how members are
/// bound (implicitly, every filterable member, as <c>[UseFiltering]</c> infers them; or explicitly, only those named
/// with <see cref="Field{TField}"/>), members left out, and the input's name and description.
/// </summary>
/// <typeparam name="T">The entity filtered.</typeparam>
public interface IFilterInputTypeDescriptor<T>
{
    /// <summary>Names the input (default: the entity's type name followed by <c>FilterInput</c>).</summary>
    /// <param name="value">A GraphQL type name.</param>
    IFilterInputTypeDescriptor<T> Name(string value);

    /// <summary>Describes the input.</summary>
    /// <param name="value">The description.</param>
    IFilterInputTypeDescriptor<T> Description(string? value);

    /// <summary>Only the members named with <see cref="Field{TField}"/> become input fields.</summary>
    IFilterInputTypeDescriptor<T> BindFieldsExplicitly();

    /// <summary>Every filterable member becomes an input field, as <c>[UseFiltering]</c> infers them (the default).</summary>
    IFilterInputTypeDescriptor<T> BindFieldsImplicitly();

    /// <summary>Makes <paramref name="propertyOrMember"/> an input field, filtered as its type is (a property of the entity).</summary>
    /// <typeparam name="TField">The property's type.</typeparam>
    /// <param name="propertyOrMember">Reads one property: <c>s =&gt; s.Title</c>.</param>
    IFilterFieldDescriptor Field<TField>(Expression<Func<T, TField>> propertyOrMember);

    /// <summary>Leaves <paramref name="propertyOrMember"/> out of the input.</summary>
    /// <param name="propertyOrMember">Reads one property: <c>s =&gt; s.TrackId</c>.</param>
    IFilterInputTypeDescriptor<T> Ignore(Expression<Func<T, object?>> propertyOrMember);
}

/// <summary>HotChocolate's <c>IFilterFieldDescriptor</c>: the input field's name and description.</summary>
public interface IFilterFieldDescriptor
{
    /// <summary>Names the input field (default: the property's name in camelCase).</summary>
    /// <param name="value">A GraphQL field name.</param>
    IFilterFieldDescriptor Name(string value);

    /// <summary>Describes the input field.</summary>
    /// <param name="value">The description.</param>
    IFilterFieldDescriptor Description(string? value);
}

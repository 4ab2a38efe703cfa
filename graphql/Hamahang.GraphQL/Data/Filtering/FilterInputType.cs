namespace Hamahang.GraphQL.Data;

/// <summary>
/// HotChocolate's <c>FilterInputType&lt;T&gt;</c>: a filter input for <typeparamref name="T"/> written out in code,
/// used as <c>[UseFiltering(typeof(XFilterInputType))]</c> or <c>[UseFiltering&lt;XFilterInputType&gt;]</c>. Without
/// <see cref="Configure"/> it is the input <c>[UseFiltering]</c> infers (every filterable member, named
/// <c>XFilterInput</c>); <see cref="Configure"/> narrows it (<see cref="IFilterInputTypeDescriptor{T}.BindFieldsExplicitly"/>
/// and <see cref="IFilterInputTypeDescriptor{T}.Field{TField}"/>), leaves members out
/// (<see cref="IFilterInputTypeDescriptor{T}.Ignore"/>), or renames and describes it.
/// </summary>
/// <typeparam name="T">The entity filtered.</typeparam>
public class FilterInputType<T> : IFilterInputType
{
    /// <inheritdoc />
    public Type EntityType => typeof(T);

    /// <inheritdoc />
    public FilterInputDefinition CreateDefinition()
    {
        var descriptor = new FilterInputTypeDescriptor<T>(GetType());
        Configure(descriptor);
        return descriptor.CreateDefinition();
    }

    /// <summary>Declares the input's name, description and fields.</summary>
    /// <param name="descriptor">Collects what the type declares.</param>
    protected virtual void Configure(IFilterInputTypeDescriptor<T> descriptor)
    {
    }
}

/// <summary>A filter input type written in code (<see cref="FilterInputType{T}"/>), as the data conventions see it.</summary>
public interface IFilterInputType
{
    /// <summary>The entity it filters.</summary>
    Type EntityType { get; }

    /// <summary>What the type declares, read once when the schema is built.</summary>
    FilterInputDefinition CreateDefinition();
}

/// <summary>What a <see cref="FilterInputType{T}"/> declares.</summary>
/// <param name="Source">The filter input type's class, named in errors.</param>
/// <param name="Name">The input's name, or null for the entity's type name followed by <c>FilterInput</c>.</param>
/// <param name="Description">The input's description.</param>
/// <param name="Members">The members it filters on, under their input field names, in the order they were declared.</param>
public sealed record FilterInputDefinition(Type Source, string? Name, string? Description, IReadOnlyList<FilterMember> Members);

using Hamahang.GraphQL.Execution.DataLoaders;
using Hamahang.GraphQL.Language;

namespace Hamahang.GraphQL.Types.Mutations;

/// <summary>
/// The executor's resolver context with other arguments: a mutation resolver rewritten to take one
/// <c>input</c> argument still reads its parameters by their own names, from the input object's fields.
/// Everything else is the executor's context, DataLoaders included.
/// </summary>
/// <param name="inner">The executor's context.</param>
/// <param name="arguments">The arguments the resolver reads.</param>
internal sealed class InputResolverContext(IResolverContext inner, IReadOnlyDictionary<string, object?> arguments) : IResolverContext, IDataLoaderContext
{
    /// <inheritdoc />
    public Schema Schema => inner.Schema;

    /// <inheritdoc />
    public ObjectType ParentType => inner.ParentType;

    /// <inheritdoc />
    public FieldDefinition Field => inner.Field;

    /// <inheritdoc />
    public string ResponseName => inner.ResponseName;

    /// <inheritdoc />
    public object? Parent => inner.Parent;

    /// <inheritdoc />
    public IReadOnlyDictionary<string, object?> Arguments => arguments;

    /// <inheritdoc />
    public IServiceProvider Services => inner.Services;

    /// <inheritdoc />
    public CancellationToken RequestAborted => inner.RequestAborted;

    /// <inheritdoc />
    public IReadOnlyList<object> Path => inner.Path;

    /// <inheritdoc />
    public IReadOnlyList<FieldNode> FieldSelections => inner.FieldSelections;

    /// <inheritdoc />
    public IDictionary<string, object?> ContextData => inner.ContextData;

    /// <inheritdoc />
    public DataLoaderScope DataLoaders => inner.DataLoaders();
}

namespace Hamahang.GraphQL.Execution.DataLoaders;

/// <summary>A resolver context that carries its request's <see cref="DataLoaderScope"/>.</summary>
public interface IDataLoaderContext
{
    /// <summary>The request's DataLoaders.</summary>
    DataLoaderScope DataLoaders { get; }
}

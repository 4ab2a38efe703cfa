namespace Hamahang.GraphQL.Data;

/// <summary>
/// Page sizes and cursor signing for <see cref="UsePagingAttribute"/> and <see cref="UseOffsetPagingAttribute"/>
/// (HotChocolate's defaults: 10 items unless asked, at most 50). Register an instance as a service to change them.
/// </summary>
public sealed class PagingOptions
{
    /// <summary>The defaults.</summary>
    public static PagingOptions Default { get; } = new();

    /// <summary>The page size when the client gives none.</summary>
    public int DefaultPageSize { get; init; } = 10;

    /// <summary>The largest page a client may ask for; more is an error.</summary>
    public int MaxPageSize { get; init; } = 50;

    /// <summary>
    /// The key that signs cursors (HMAC-SHA256), so a changed cursor is refused. Every host behind one load
    /// balancer must use the same key; set it from configuration in production.
    /// </summary>
    public ReadOnlyMemory<byte> CursorKey { get; init; } = "Hamahang.GraphQL.Data cursor key"u8.ToArray();

    /// <summary>The options registered in <paramref name="services"/>, or <see cref="Default"/>.</summary>
    /// <param name="services">The request's services.</param>
    public static PagingOptions From(IServiceProvider services) =>
        services?.GetService(typeof(PagingOptions)) as PagingOptions ?? Default;
}

namespace Hamahang.GraphQL.AspNetCore.WebSockets;

/// <summary>
/// The close codes of the <c>graphql-transport-ws</c> protocol.
/// See https://github.com/enisdenjo/graphql-ws/blob/master/PROTOCOL.md.
/// </summary>
public static class CloseCodes
{
    /// <summary>A message that is not JSON, has no known <c>type</c>, or lacks what its type needs.</summary>
    public const int InvalidMessage = 4400;

    /// <summary>A <c>subscribe</c> before the connection was acknowledged.</summary>
    public const int Unauthorized = 4401;

    /// <summary>The interceptor refused the <c>connection_init</c>.</summary>
    public const int Forbidden = 4403;

    /// <summary>The client asked for no subprotocol the server speaks.</summary>
    public const int SubprotocolNotAcceptable = 4406;

    /// <summary>No <c>connection_init</c> within <see cref="GraphQLHttpOptions.ConnectionInitTimeout"/>.</summary>
    public const int ConnectionInitialisationTimeout = 4408;

    /// <summary>A <c>subscribe</c> with the id of an operation still running.</summary>
    public const int SubscriberAlreadyExists = 4409;

    /// <summary>A second <c>connection_init</c>.</summary>
    public const int TooManyInitialisationRequests = 4429;
}

namespace Hamahang.Api.Domain;

/// <summary>
/// The first result of a create mutation, under the client's idempotency key, so a retry with
/// the same key returns it and creates nothing.
/// </summary>
public class IdempotencyRecord : Entity
{
    // The mutation, e.g. "fileFinding"; a key is unique per operation and caller.
    public required string Operation { get; set; }

    public required string Key { get; set; }

    public required string Caller { get; set; }

    public required string ResultType { get; set; }

    public int ResultId { get; set; }
}

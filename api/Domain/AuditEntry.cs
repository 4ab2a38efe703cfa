namespace Hamahang.Api.Domain;

/// <summary>
/// One change to one record, written in the same transaction as the change: who, when
/// (<see cref="Entity.CreatedAt"/>), what, and the values before and after as JSON.
/// </summary>
public class AuditEntry : Entity
{
    public required string Actor { get; set; }

    public AuditOperation Operation { get; set; }

    public required string EntityType { get; set; }

    public required string EntityKey { get; set; }

    public string? Before { get; set; }

    public string? After { get; set; }
}

public enum AuditOperation
{
    Insert,
    Update,
    Delete,
}

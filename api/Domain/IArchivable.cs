namespace Hamahang.Api.Domain;

/// <summary>A record that is archived, never deleted (organizations, people, sites).</summary>
public interface IArchivable
{
    DateTime? ArchivedAt { get; set; }
}

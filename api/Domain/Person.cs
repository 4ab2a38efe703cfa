using Hamahang.Api.GraphQL;
using Hamahang.GraphQL.Data;
using Hamahang.GraphQL.Types;

namespace Hamahang.Api.Domain;

/// <summary>A person who attends meetings, owns decisions or inspects.</summary>
public class Person : Entity, IArchivable
{
    [NormalizedSearch("FullNameNormalized", typeof(PersianNormalizer))]
    public required string FullName { get; set; }

    public string? FullNameEn { get; set; }

    // The post as the documents give it, e.g. «رئیس اداره مدیریت بحران و پدافند غیرعامل».
    [NormalizedSearch("TitleNormalized", typeof(PersianNormalizer))]
    public string? Title { get; set; }

    public string? TitleEn { get; set; }

    [ID(nameof(Organization))]
    public int? OrganizationId { get; set; }

    [Reference]
    public Organization? Organization { get; set; }

    // Set when archived: hidden from lists unless asked for, restorable; never deleted.
    public DateTime? ArchivedAt { get; set; }
}

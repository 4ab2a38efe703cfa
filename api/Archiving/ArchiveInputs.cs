using Hamahang.Api.Domain;
using Hamahang.GraphQL.Types;

namespace Hamahang.Api.Archiving;

/// <summary>What archiving or restoring a record takes: the record and the version it was read at.</summary>
public interface IArchiveInput
{
    int Id { get; }

    long Version { get; }
}

/// <summary>Archives an organization: hidden from lists, kept with every link, restorable.</summary>
public sealed record ArchiveOrganizationInput([property: ID(nameof(Organization))] int Id, long Version) : IArchiveInput;

/// <summary>Restores an archived organization.</summary>
public sealed record RestoreOrganizationInput([property: ID(nameof(Organization))] int Id, long Version) : IArchiveInput;

/// <summary>Archives a person.</summary>
public sealed record ArchivePersonInput([property: ID(nameof(Person))] int Id, long Version) : IArchiveInput;

/// <summary>Restores an archived person.</summary>
public sealed record RestorePersonInput([property: ID(nameof(Person))] int Id, long Version) : IArchiveInput;

/// <summary>Archives a site.</summary>
public sealed record ArchiveSiteInput([property: ID(nameof(Site))] int Id, long Version) : IArchiveInput;

/// <summary>Restores an archived site.</summary>
public sealed record RestoreSiteInput([property: ID(nameof(Site))] int Id, long Version) : IArchiveInput;

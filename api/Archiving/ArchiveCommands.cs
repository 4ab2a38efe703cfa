using Hamahang.Api.Commands;
using Hamahang.Api.Data;
using Hamahang.Api.Domain;
using Hamahang.Api.GraphQL.Authorization;

namespace Hamahang.Api.Archiving;

/// <summary>Archives and restores organizations, people and sites: administrators, who manage them.</summary>
public sealed class ArchiveCommands(AppDbContext db, Caller caller, IServiceProvider services) : CommandService(db, caller, services)
{
    public Task<Organization> ArchiveAsync(ArchiveOrganizationInput input, CancellationToken cancellationToken) => SetAsync<Organization,
        ArchiveOrganizationInput>(input, true, cancellationToken);

    public Task<Organization> RestoreAsync(RestoreOrganizationInput input, CancellationToken cancellationToken) => SetAsync<Organization,
        RestoreOrganizationInput>(input, false, cancellationToken);

    public Task<Person> ArchiveAsync(ArchivePersonInput input, CancellationToken cancellationToken) => SetAsync<Person,
        ArchivePersonInput>(input, true, cancellationToken);

    public Task<Person> RestoreAsync(RestorePersonInput input, CancellationToken cancellationToken) => SetAsync<Person,
        RestorePersonInput>(input, false, cancellationToken);

    public Task<Site> ArchiveAsync(ArchiveSiteInput input, CancellationToken cancellationToken) => SetAsync<Site,
        ArchiveSiteInput>(input, true, cancellationToken);

    public Task<Site> RestoreAsync(RestoreSiteInput input, CancellationToken cancellationToken) => SetAsync<Site,
        RestoreSiteInput>(input, false, cancellationToken);

    private async Task<T> SetAsync<T, TInput>(TInput input, bool archive, CancellationToken cancellationToken)
        where T : Entity, IArchivable
        where TInput : IArchiveInput
    {
        ArgumentNullException.ThrowIfNull(input);
        await ValidateAsync(input, cancellationToken);
        var record = await LoadAsync<T>(input.Id, cancellationToken);
        ExpectVersion(record, input.Version);
        if (archive == record.ArchivedAt is not null)
        {
            throw new DomainRuleException(archive ? $"The {typeof(T).Name} is already archived." : $"The {typeof(T).Name} is not archived.");
        }

        record.ArchivedAt = archive ? Now : null;
        await SaveAsync(cancellationToken);
        return record;
    }
}

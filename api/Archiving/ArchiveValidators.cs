using FluentValidation;
using Hamahang.Api.Commands;
using Hamahang.Api.Domain;

namespace Hamahang.Api.Archiving;

/// <summary>The id of a record of <paramref name="type"/> and a version: all an archiving input holds.</summary>
public abstract class ArchiveInputValidator<T> : AbstractValidator<T>
    where T : IArchiveInput
{
    protected ArchiveInputValidator(string type)
    {
        RuleFor(x => x.Id).IsId(type);
        RuleFor(x => x.Version).IsVersion();
    }
}

public sealed class ArchiveOrganizationValidator() : ArchiveInputValidator<ArchiveOrganizationInput>(nameof(Organization));

public sealed class RestoreOrganizationValidator() : ArchiveInputValidator<RestoreOrganizationInput>(nameof(Organization));

public sealed class ArchivePersonValidator() : ArchiveInputValidator<ArchivePersonInput>(nameof(Person));

public sealed class RestorePersonValidator() : ArchiveInputValidator<RestorePersonInput>(nameof(Person));

public sealed class ArchiveSiteValidator() : ArchiveInputValidator<ArchiveSiteInput>(nameof(Site));

public sealed class RestoreSiteValidator() : ArchiveInputValidator<RestoreSiteInput>(nameof(Site));

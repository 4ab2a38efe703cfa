using FluentValidation;
using Hamahang.Api.Commands;
using Hamahang.Api.Data.Configurations;
using Hamahang.Api.Domain;
using Hamahang.Api.GraphQL.Errors;

namespace Hamahang.Api.Partnerships;

public sealed class RecordPartnershipValidator : AbstractValidator<RecordPartnershipInput>
{
    public RecordPartnershipValidator()
    {
        Include(new PartnershipDetailsValidator());
        RuleFor(x => x.Counterparts).Must(PartnershipCounterpartRules.Distinct!).When(x => x.Counterparts is not null)
            .WithMessage("'{PropertyName}' names a pair twice.").WithRule(ValidationCode.Duplicate);
        RuleForEach(x => x.Counterparts).SetValidator(new PartnershipCounterpartValidator());
    }
}

public sealed class UpdatePartnershipValidator : AbstractValidator<UpdatePartnershipInput>
{
    public UpdatePartnershipValidator()
    {
        RuleFor(x => x.Id).IsId(nameof(Partnership));
        RuleFor(x => x.Version).IsVersion();
        Include(new PartnershipDetailsValidator());
    }
}

// The rules of the details both inputs take, included by each.
internal sealed class PartnershipDetailsValidator : AbstractValidator<PartnershipDetailsInput>
{
    public PartnershipDetailsValidator()
    {
        RuleFor(x => x.Kind).IsInEnum();
        RuleFor(x => x.OrganizationId).IsId(nameof(Organization));
        RuleFor(x => x.DistrictId).IsId(nameof(District));
        RuleFor(x => x.SupportedOrganizationId).IsOptionalId(nameof(Organization));
        RuleFor(x => x.StartsOn).IsOptionalDomainDate();
        RuleFor(x => x.EndsOn).IsOptionalDomainDate().GreaterThanOrEqualTo(x => x.StartsOn).When(x => x.StartsOn is not null && x.EndsOn is not null)
            .WithMessage("'{PropertyName}' must not be before 'startsOn'.").WithRule(ValidationCode.NotBefore, otherField: "startsOn");
        RuleFor(x => x.Instruction).IsOptionalText(Lengths.Text);
        RuleFor(x => x.Description).IsOptionalText(Lengths.Text);
    }
}

public sealed class SetPartnershipCounterpartsValidator : AbstractValidator<SetPartnershipCounterpartsInput>
{
    public SetPartnershipCounterpartsValidator()
    {
        RuleFor(x => x.Id).IsId(nameof(Partnership));
        RuleFor(x => x.Version).IsVersion();
        RuleFor(x => x.Counterparts).NotNull().Must(PartnershipCounterpartRules.Distinct).WithMessage("'{PropertyName}' names a pair twice.")
            .WithRule(ValidationCode.Duplicate);
        RuleForEach(x => x.Counterparts).SetValidator(new PartnershipCounterpartValidator());
    }
}

public sealed class PartnershipCounterpartValidator : AbstractValidator<PartnershipCounterpartInput>
{
    public PartnershipCounterpartValidator()
    {
        RuleFor(x => x.OrganizationId).IsId(nameof(Organization));
        RuleFor(x => x.CounterpartId).IsId(nameof(Organization)).NotEqual(x => x.OrganizationId).WithMessage("'{PropertyName}' must be another organization.")
            .WithRule(ValidationCode.Different, otherField: "organizationId");
    }
}

internal static class PartnershipCounterpartRules
{
    public static bool Distinct(IReadOnlyList<PartnershipCounterpartInput> pairs) =>
        pairs is null || pairs.Select(p => (p.OrganizationId, p.CounterpartId)).Distinct().Count() == pairs.Count;
}

using FluentValidation;
using Hamahang.Api.Commands;
using Hamahang.Api.Data.Configurations;
using Hamahang.Api.Domain;
using Hamahang.Api.GraphQL.Errors;

namespace Hamahang.Api.Organizations;

public sealed class SetOrganizationCapacitiesValidator : AbstractValidator<SetOrganizationCapacitiesInput>
{
    public SetOrganizationCapacitiesValidator()
    {
        RuleFor(x => x.OrganizationId).IsId(nameof(Organization));
        RuleFor(x => x.Version).IsVersion();
        RuleFor(x => x.Capacities).NotNull().Must(c => c is null || c.Select(x => x.Kind).Distinct().Count() == c.Count)
            .WithMessage("'{PropertyName}' names a kind twice.").WithRule(ValidationCode.Duplicate);
        RuleForEach(x => x.Capacities).SetValidator(new CapacityValidator());
    }
}

public sealed class CapacityValidator : AbstractValidator<CapacityInput>
{
    public CapacityValidator()
    {
        RuleFor(x => x.Kind).IsInEnum();
        RuleFor(x => x.Description).IsOptionalText(Lengths.Text);
        RuleFor(x => x.Quantity).GreaterThanOrEqualTo(0);
        RuleFor(x => x.Contact).IsOptionalText(Lengths.Name);
    }
}

public sealed class SetOrganizationServiceAreasValidator : AbstractValidator<SetOrganizationServiceAreasInput>
{
    public SetOrganizationServiceAreasValidator()
    {
        RuleFor(x => x.OrganizationId).IsId(nameof(Organization));
        RuleFor(x => x.Version).IsVersion();
        RuleFor(x => x.DistrictIds).NotNull().Must(ids => ids is null || ids.Distinct().Count() == ids.Count)
            .WithMessage("'{PropertyName}' names a district twice.").WithRule(ValidationCode.Duplicate);
        RuleForEach(x => x.DistrictIds).IsId(nameof(District));
    }
}

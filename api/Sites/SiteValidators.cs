using FluentValidation;
using Hamahang.Api.Commands;
using Hamahang.Api.Data.Configurations;
using Hamahang.Api.Domain;
using Hamahang.Api.GraphQL.Errors;

namespace Hamahang.Api.Sites;

public sealed class CreateSiteValidator : AbstractValidator<CreateSiteInput>
{
    public CreateSiteValidator() => Include(new SiteDetailsValidator());
}

public sealed class UpdateSiteValidator : AbstractValidator<UpdateSiteInput>
{
    public UpdateSiteValidator()
    {
        RuleFor(x => x.Id).IsId(nameof(Site));
        RuleFor(x => x.Version).IsVersion();
        Include(new SiteDetailsValidator());
    }
}

// The rules of the details both inputs take, included by each.
internal sealed class SiteDetailsValidator : AbstractValidator<SiteDetailsInput>
{
    public SiteDetailsValidator()
    {
        RuleFor(x => x.Name).IsText(Lengths.Name);
        RuleFor(x => x.NameEn).IsOptionalText(Lengths.Name);
        RuleFor(x => x.Kind).IsInEnum();
        RuleFor(x => x.Capacity).GreaterThanOrEqualTo(0);
        RuleFor(x => x.DistrictId).IsOptionalId(nameof(District));
        RuleFor(x => x.DistrictId).NotNull().When(x => !x.CityWide).WithMessage("'{PropertyName}' is required unless 'cityWide' is true.");
        RuleFor(x => x.DistrictId).Null().When(x => x.CityWide).WithMessage("'{PropertyName}' must be left out for a city-wide site.")
            .WithRule(ValidationCode.LeftOut, otherField: "cityWide");
        RuleFor(x => x.OrganizationId).IsOptionalId(nameof(Organization));
        RuleFor(x => x.Address).IsOptionalText(Lengths.Text);
        RuleFor(x => x.Latitude).InclusiveBetween(-90, 90);
        RuleFor(x => x.Longitude).InclusiveBetween(-180, 180);
    }
}

using FluentValidation;
using Hamahang.Api.Commands;
using Hamahang.Api.Data.Configurations;
using Hamahang.Api.Domain;
using Hamahang.Api.GraphQL.Errors;

namespace Hamahang.Api.Organizations;

public sealed class CreateOrganizationValidator : AbstractValidator<CreateOrganizationInput>
{
    public CreateOrganizationValidator() => Include(new OrganizationDetailsValidator());
}

public sealed class UpdateOrganizationValidator : AbstractValidator<UpdateOrganizationInput>
{
    public UpdateOrganizationValidator()
    {
        RuleFor(x => x.Id).IsId(nameof(Organization));
        RuleFor(x => x.Version).IsVersion();
        Include(new OrganizationDetailsValidator());
        RuleFor(x => x.ParentId).NotEqual(x => x.Id).WithMessage("An organization cannot be its own parent.")
            .WithRule(ValidationCode.Different, otherField: "id");
    }
}

// The rules of the details both organization inputs take, included by each.
internal sealed class OrganizationDetailsValidator : AbstractValidator<OrganizationDetailsInput>
{
    public OrganizationDetailsValidator()
    {
        RuleFor(x => x.Name).IsText(Lengths.Name);
        RuleFor(x => x.NameEn).IsOptionalText(Lengths.Name);
        RuleFor(x => x.Kind).IsInEnum();
        RuleFor(x => x.Level).IsInEnum();
        RuleFor(x => x.ParentId).IsOptionalId(nameof(Organization));
        RuleFor(x => x.DistrictId).IsOptionalId(nameof(District));
    }
}

public sealed class CreatePersonValidator : AbstractValidator<CreatePersonInput>
{
    public CreatePersonValidator() => Include(new PersonDetailsValidator());
}

public sealed class UpdatePersonValidator : AbstractValidator<UpdatePersonInput>
{
    public UpdatePersonValidator()
    {
        RuleFor(x => x.Id).IsId(nameof(Person));
        RuleFor(x => x.Version).IsVersion();
        Include(new PersonDetailsValidator());
    }
}

// The rules of the details both person inputs take, included by each.
internal sealed class PersonDetailsValidator : AbstractValidator<PersonDetailsInput>
{
    public PersonDetailsValidator()
    {
        RuleFor(x => x.FullName).IsText(Lengths.Name);
        RuleFor(x => x.FullNameEn).IsOptionalText(Lengths.Name);
        RuleFor(x => x.Title).IsOptionalText(Lengths.Name);
        RuleFor(x => x.TitleEn).IsOptionalText(Lengths.Name);
        RuleFor(x => x.OrganizationId).IsOptionalId(nameof(Organization));
    }
}

using Hamahang.Api.GraphQL;
using Hamahang.GraphQL.Types;

namespace Hamahang.Api.Domain;

/// <summary>
/// What an organization can bring in a crisis (ظرفیت): volunteers, relief forces, equipment, specialties,
/// support to vulnerable people. Recorded only as far as a source states it; how much and whom to call, when known.
/// </summary>
public class OrganizationCapacity : Entity
{
    [ID(nameof(Organization))]
    public int OrganizationId { get; set; }

    [Reference]
    public Organization? Organization { get; set; }

    public CapacityKind Kind { get; set; }

    public string? Description { get; set; }

    // People, vehicles or items; null when the source gives no number.
    public int? Quantity { get; set; }

    public string? Contact { get; set; }
}

/// <summary>A district an organization serves: a county body (Rey's welfare office) or a charity active there.</summary>
public class OrganizationServiceArea : Entity
{
    [ID(nameof(Organization))]
    public int OrganizationId { get; set; }

    [Reference]
    public Organization? Organization { get; set; }

    [ID(nameof(District))]
    public int DistrictId { get; set; }

    [Reference]
    public District? District { get; set; }
}

/// <summary>The kinds of crisis capacity the sources name.</summary>
public enum CapacityKind
{
    // «نیروهای داوطلب»، «ظرفیت‌های مردمی»
    Volunteers,

    // «نیروهای امدادرسان»
    ReliefForces,

    // «تجهیزات»، «امکانات»
    Equipment,

    // «تخصص‌ها»
    Specialties,

    // «اسکان اضطراری»
    Shelter,

    // «بیمارستان»، «سلامت»
    Medical,

    // «خدمت‌رسانی به اقشار آسیب‌پذیر»، «نیازمندان»
    SocialSupport,

    // «آگاهی‌بخشی شهروندان»
    PublicAwareness,

    Other,
}

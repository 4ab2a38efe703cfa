using Hamahang.Api.GraphQL;
using Hamahang.GraphQL.Data;
using Hamahang.GraphQL.Types;

namespace Hamahang.Api.Domain;

/// <summary>
/// A place: a crisis capacity of a district (ظرفیت مدیریت بحران: a support base, shelter site, hospital) or a
/// place a campaign serves from (a metro station, a mosque). A city-wide site belongs to no single district.
/// </summary>
public class Site : Entity, IArchivable
{
    [NormalizedSearch("NameNormalized", typeof(PersianNormalizer))]
    public required string Name { get; set; }

    public string? NameEn { get; set; }

    public SiteKind Kind { get; set; }

    // People it can take in (shelters) or beds (hospitals); null when unknown.
    public int? Capacity { get; set; }

    // Null exactly when the site is city-wide.
    [ID(nameof(District))]
    public int? DistrictId { get; set; }

    [Reference]
    public District? District { get; set; }

    // Serves the whole city rather than one district.
    public bool IsCityWide { get; set; }

    [ID(nameof(Organization))]
    public int? OrganizationId { get; set; }

    [Reference]
    public Organization? Organization { get; set; }

    [NormalizedSearch("AddressNormalized", typeof(PersianNormalizer))]
    public string? Address { get; set; }

    public double? Latitude { get; set; }

    public double? Longitude { get; set; }

    // Set when archived: hidden from lists unless asked for, restorable; never deleted.
    public DateTime? ArchivedAt { get; set; }
}

public enum SiteKind
{
    SupportBase,
    EmergencyShelter,
    Hospital,
    Warehouse,

    // What the vaccination source names: «ایستگاه مترو»، «مسجد»، «میادین»، «مرکز».
    MetroStation,
    Mosque,
    Square,
    VaccinationCentre,
    Other,
}

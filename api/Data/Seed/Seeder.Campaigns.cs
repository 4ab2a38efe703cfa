using Hamahang.Api.Domain;
using Microsoft.EntityFrameworkCore;

namespace Hamahang.Api.Data.Seed;

public sealed partial class Seeder
{
    private const string VaccinationCampaign = "پویش «تهران دوباره جان می‌گیرد»";

    // Document 001 (پیام خوزستان): the campaign, its two phases and the service points of each. The first phase
    // «در ۲۸ مرکز» has no date in the source; the second opened at the ceremony of Thursday 22 Mehr 1400. The
    // source names no single station, bus or mosque, so no place is stored; the 137 line has no count.
    private async Task SeedVaccinationCampaignAsync()
    {
        if (db.Model.FindEntityType(typeof(Campaign)) is null)
        {
            return; // a store older than campaigns (the legacy upgrade seeds one)
        }

        var ceremony = db.Meetings.Local.Single(m => m.Kind == MeetingKind.Ceremony && m.Title.Contains("تهران دوباره جان", StringComparison.Ordinal));
        await EnsureAsync(c => c.Name == VaccinationCampaign, () => new Campaign
        {
            Name = VaccinationCampaign,
            NameEn = "Campaign \"Tehran comes back to life\"",
            Description = "پویش جهادی واکسیناسیون اقشار کم‌برخوردار شهرداری تهران",
            Organization = organizations["tehran"],
            Source = new Source { Outlet = "پیام خوزستان", Url = "https://www.payamekhuzestan.ir/Fa/News/331890/", NewsCode = "331890" },
        }, campaign =>
        {
            var first = new CampaignPhase { Number = 1, Description = "گام اول: ارائه خدمات مرتبط با واکسیناسیون، عمدتاً به افراد آسیب‌پذیر",
                StartsAtPrecision = DatePrecision.Unknown, EndsAtPrecision = DatePrecision.Unknown };
            first.ServicePoints.Add(new CampaignServicePoint { Kind = ServicePointKind.VaccinationCentre, Count = 28, Notes = "۲۸ مرکز" });
            var second = new CampaignPhase
            {
                Number = 2,
                Description = "مرحله دوم پویش جهادی واکسیناسیون اقشار کم‌برخوردار",
                StartsAt = Day("1400/07/22"),
                StartsAtPrecision = DatePrecision.Day,
                EndsAtPrecision = DatePrecision.Unknown,
                LaunchMeeting = ceremony,
            };
            second.ServicePoints.Add(new CampaignServicePoint { Kind = ServicePointKind.MetroStation, Count = 22, Notes = "ایستگاه‌های منتخب مترو" });
            second.ServicePoints.Add(new CampaignServicePoint { Kind = ServicePointKind.MobileBus, Count = 22, Notes = "اتوبوس‌های سیار در میادین منتخب" });
            second.ServicePoints.Add(new CampaignServicePoint { Kind = ServicePointKind.Mosque, Count = 220, Notes = "فضای ۲۲۰ مسجد" });
            second.ServicePoints.Add(new CampaignServicePoint { Kind = ServicePointKind.Hotline, Notes = "خدمات ویژه از طریق سامانه ۱۳۷" });
            campaign.Phases.Add(first);
            campaign.Phases.Add(second);
        });
    }

    // What the sources say each organization can bring, and the districts the county bodies serve. Document 004
    // names the Rey charities only together and states only that they have always served vulnerable people
    // («همواره در حال خدمت‌رسانی به اقشار آسیب‌پذیر»): no volunteers, equipment or numbers of theirs are stated.
    // Its dateline is «شهرری», in District 20, which the welfare office and the charities serve.
    private async Task SeedCapacitiesAsync()
    {
        if (db.Model.FindEntityType(typeof(OrganizationCapacity)) is null)
        {
            return;
        }

        await Capacity("davam", CapacityKind.Volunteers, "نیروهای داوطلب ایمنی و سلامت مناطق (گروه‌های دوام)");
        await Capacity("davam", CapacityKind.PublicAwareness, "آگاهی‌بخشی شهروندان و اجرای طرح‌های ویژه");
        await Capacity("qom", CapacityKind.ReliefForces, "نیروهای امدادرسان استان معین در هنگام وقوع بحران");
        await Capacity("rey-charities", CapacityKind.SocialSupport, "خدمت‌رسانی به اقشار آسیب‌پذیر");
        await ServiceArea("rey-welfare", 20);
        await ServiceArea("rey-charities", 20);
        await ServiceArea("qom", 20);
    }

    // A new organization has nothing stored yet; a stored one is asked of the store.
    private async Task Capacity(string organization, CapacityKind kind, string description)
    {
        var owner = organizations[organization];
        if (owner.Id == 0 || !await db.OrganizationCapacities.AnyAsync(c => c.OrganizationId == owner.Id && c.Kind == kind, cancellation))
        {
            db.OrganizationCapacities.Add(new OrganizationCapacity { Organization = owner, Kind = kind, Description = description });
        }
    }

    private async Task ServiceArea(string organization, int district)
    {
        var (owner, served) = (organizations[organization], districts[district]);
        if (owner.Id == 0 || !await db.OrganizationServiceAreas.AnyAsync(a => a.OrganizationId == owner.Id && a.DistrictId == served.Id, cancellation))
        {
            db.OrganizationServiceAreas.Add(new OrganizationServiceArea { Organization = owner, District = served });
        }
    }
}

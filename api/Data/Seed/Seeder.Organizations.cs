using Hamahang.Api.Domain;
using Microsoft.EntityFrameworkCore;

namespace Hamahang.Api.Data.Seed;

public sealed partial class Seeder
{
    private async Task SeedOrganizationsAsync()
    {
        const OrganizationLevel City = OrganizationLevel.City, District = OrganizationLevel.District;
        await Org("interior", "وزارت کشور", "Ministry of Interior", OrganizationKind.Agency, OrganizationLevel.National);
        await Org("tehran", "شهرداری تهران", "Tehran Municipality", OrganizationKind.Municipality, City);
        await Org("ccia", "مرکز ارتباطات و امور بین‌الملل شهرداری تهران", "Center for Communications and International Affairs, Tehran Municipality",
            OrganizationKind.Center, City, "tehran");
        await Org("ccia-pr", "معاونت روابط عمومی مرکز ارتباطات و امور بین‌الملل",
            "Public Relations Deputy of the Center for Communications and International Affairs", OrganizationKind.PublicRelations, City, "ccia");
        await Org("crisis", "سازمان پیشگیری و مدیریت بحران شهر تهران", "Tehran Crisis Prevention and Management Organization", OrganizationKind.Agency, City,
            "tehran");
        await Org("crisis-regions", "معاونت امور مناطق سازمان پیشگیری و مدیریت بحران شهر تهران",
            "Deputy for Regional Affairs, Tehran Crisis Prevention and Management Organization", OrganizationKind.Department, City, "crisis");
        await Org("davam", "گروه‌های داوطلب واکنش اضطراری (دوام)", "DAVAM volunteer emergency-response groups", OrganizationKind.VolunteerGroup, City,
            "crisis");
        await Org("inspection", "سازمان بازرسی شهرداری تهران", "Inspection Organization of Tehran Municipality", OrganizationKind.Inspection, City, "tehran");
        await Org("observers", "شبکه ناظرین مردمی سازمان بازرسی شهرداری تهران", "People's Observers Network of the Inspection Organization",
            OrganizationKind.ObserversNetwork, City, "inspection");

        await Org("d10", "شهرداری منطقه ۱۰", "District 10 Municipality", OrganizationKind.Municipality, District, "tehran", 10);
        await Org("d10-pr", "اداره روابط عمومی شهرداری منطقه ۱۰", "District 10 Public Relations Office", OrganizationKind.PublicRelations, District, "d10", 10);
        await Org("d19", "شهرداری منطقه ۱۹", "District 19 Municipality", OrganizationKind.Municipality, District, "tehran", 19);
        await Org("d19-inspection", "مدیریت بازرسی منطقه ۱۹", "District 19 Inspection Office", OrganizationKind.Inspection, District, "d19", 19);
        await Org("d19-services", "معاونت خدمات شهری منطقه ۱۹", "District 19 Deputy for City Services", OrganizationKind.Department, District, "d19", 19);
        await Org("d20", "شهرداری منطقه ۲۰", "District 20 Municipality", OrganizationKind.Municipality, District, "tehran", 20);
        await Org("d20-crisis", "اداره مدیریت بحران و پدافند غیرعامل منطقه ۲۰", "District 20 Crisis Management and Passive Defense Office",
            OrganizationKind.Department, District, "d20", 20);
        await Org("d20-urban", "معاونت امور شهری منطقه ۲۰", "District 20 Deputy for Urban Affairs", OrganizationKind.Department, District, "d20", 20);
        await Org("d20-pr", "اداره روابط عمومی شهرداری منطقه ۲۰", "District 20 Public Relations Office", OrganizationKind.PublicRelations, District, "d20", 20);
        await Org("d20-office", "دفتر شهردار منطقه ۲۰", "Office of the District 20 Mayor", OrganizationKind.Department, District, "d20", 20);

        await Org("tehran-gov", "استانداری تهران", "Tehran Governorate", OrganizationKind.Governorate, OrganizationLevel.Province);
        await Org("qom", "استانداری قم", "Qom Governorate", OrganizationKind.Governorate, OrganizationLevel.Province);
        await Org("qom-crisis", "اداره کل مدیریت بحران استانداری قم", "Crisis Management Directorate-General, Qom Governorate", OrganizationKind.Department,
            OrganizationLevel.Province, "qom");
        await Org("qom-staff", "ستاد مدیریت بحران استان قم", "Qom Province Crisis Management Staff", OrganizationKind.Headquarters, OrganizationLevel.Province,
            "qom");

        await Org("rey-welfare", "اداره بهزیستی شهرستان ری", "Rey County Welfare Office", OrganizationKind.Welfare, OrganizationLevel.County);
        await Org("rey-welfare-participation", "معاونت مشارکت‌های مردمی بهزیستی شهرستان ری", "Deputy for Public Participation, Rey County Welfare Office",
            OrganizationKind.Department, OrganizationLevel.County, "rey-welfare");
        // The document names the charities only together («جمعی از مسئولین مؤسسات خیریه»).
        await Org("rey-charities", "مؤسسات خیریه فعال در شهرستان ری", "Charities active in Rey County", OrganizationKind.Charity, OrganizationLevel.County);
    }

    private async Task<Organization> Org(string key, string name, string nameEn, OrganizationKind kind, OrganizationLevel level, string? parent = null,
        int? district = null)
    {
        var organization = await EnsureAsync(o => o.Name == name, () => new Organization
        {
            Name = name,
            NameEn = nameEn,
            Kind = kind,
            Level = level,
            Parent = parent is null ? null : organizations[parent],
            District = district is int n ? districts[n] : null,
        });
        organizations[key] = organization;
        return organization;
    }

    private async Task SeedPeopleAsync()
    {
        await Person("khoshi", "محمد خوشی", "Mohammad Khoshi", "رئیس اداره مدیریت بحران و پدافند غیرعامل منطقه ۲۰",
            "Head of the District 20 Crisis Management and Passive Defense Office", "d20-crisis");
        await Person("zakani", "علیرضا زاکانی", "Alireza Zakani", "شهردار تهران", "Mayor of Tehran", "tehran");
        await Person("akh-ol-sanaye", "مهدی اخ‌الصنایع", "Mehdi Akh-ol-Sanaye", "شهردار منطقه ۱۰", "Mayor of District 10", "d10");
        await Person("saebi", "محمد صائبی", "Mohammad Saebi", "معاون روابط عمومی مرکز ارتباطات و امور بین‌الملل شهرداری تهران",
            "Public Relations Deputy, Center for Communications and International Affairs", "ccia-pr");
        await Person("amanlou", "حسین امانلو", "Hossein Amanlou", "دبیر شبکه ناظرین مردمی سازمان بازرسی شهرداری تهران",
            "Secretary of the People's Observers Network", "observers");
        await Person("farhadi", "تورج فرهادی", "Touraj Farhadi", "شهردار منطقه ۱۹", "Mayor of District 19", "d19");
        await Person("ghahremani", "سلیمان قهرمانی", "Soleiman Ghahremani", "مدیر بازرسی منطقه ۱۹", "District 19 Inspection Manager", "d19-inspection");
        await Person("khadem", "داود خادم", "Davoud Khadem", "مدیر بهزیستی شهرستان ری", "Director of the Rey County Welfare Office", "rey-welfare");
        await Person("lashgari", "مژگان لشگری", "Mojgan Lashgari", "معاون مشارکت‌های مردمی بهزیستی شهرستان ری",
            "Deputy for Public Participation, Rey County Welfare Office", "rey-welfare-participation");
    }

    private async Task Person(string key, string name, string nameEn, string title, string titleEn, string organization) =>
        people[key] = await EnsureAsync(p => p.FullName == name, () => new Person
        {
            FullName = name,
            FullNameEn = nameEn,
            Title = title,
            TitleEn = titleEn,
            Organization = organizations[organization],
        });

    // The capacities visited after the District 20 meeting with Qom; their capacities and
    // coordinates are not in the document, so they stay unknown.
    private async Task SeedSitesAsync()
    {
        await Site("13aban", "پایگاه معین سیزده آبان", "13 Aban support base", SiteKind.SupportBase);
        await Site("janbazan", "سایت اسکان اضطراری بوستان جانبازان", "Janbazan Park emergency shelter site", SiteKind.EmergencyShelter);
        await Site("andisheh", "سایت اسکان اضطراری بوستان اندیشه", "Andisheh Park emergency shelter site", SiteKind.EmergencyShelter);
        await Site("haftom-e-tir", "بیمارستان شهدای هفتم تیر", "Shohadaye Haftom-e Tir Hospital", SiteKind.Hospital);
    }

    private async Task Site(string key, string name, string nameEn, SiteKind kind) =>
        sites[key] = await EnsureAsync(s => s.Name == name, () => new Site
        {
            Name = name,
            NameEn = nameEn,
            Kind = kind,
            District = districts[20],
            Address = "منطقه ۲۰ (شهرری)، تهران",
        });
}

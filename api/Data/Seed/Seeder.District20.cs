using Hamahang.Api.Domain;

namespace Hamahang.Api.Data.Seed;

public sealed partial class Seeder
{
    // Document 000 (the District 20 PR channel «ری؛ قبله تهران»). The posts carry no date and no
    // publication date; their tag #ری_1403 gives the year, and only the year is kept.
    private const string District20Channel = "https://t.me/ghebleyetehran";

    private static Source District20Post() => new() { Outlet = "ری؛ قبله تهران (روابط عمومی شهرداری منطقه ۲۰)", Url = District20Channel };

    private async Task SeedDistrict20Async()
    {
        await MeetingAsync(new Meeting
        {
            Kind = MeetingKind.Coordination,
            Status = MeetingStatus.Held,
            Title = "جلسه هماهنگی و برنامه‌ریزی استان معین و پیشتاز قم با منطقه ۲۰",
            TitleEn = "Coordination and planning meeting of Qom, the supporting province, with District 20",
            Summary = "با حضور مسئولان مدیریت بحران استان قم به عنوان استان معین منطقه ۲۰، پیرامون اجرای دستورالعمل وزارت کشور، "
                + "تبادل اطلاعات و بهره‌برداری از ظرفیت نیروهای امدادرسان استان‌های معین در بحران‌های احتمالی بحث و تبادل نظر شد.",
            StartsAt = Year(1403),
            StartsAtPrecision = DatePrecision.Year,
            Venue = "سالن مدیریت بحران منطقه ۲۰",
            HostOrganization = organizations["d20-crisis"],
            Source = District20Post(),
        }, BuildQomMeeting);

        await MeetingAsync(new Meeting
        {
            Kind = MeetingKind.Supervision,
            Status = MeetingStatus.Held,
            Title = "جلسه نظارت ستادی اداره روابط عمومی شهرداری منطقه ۲۰",
            TitleEn = "Staff supervision meeting of the District 20 Public Relations Office",
            StartsAt = Year(1403),
            StartsAtPrecision = DatePrecision.Year,
            Venue = "شهرداری منطقه ۲۰",
            HostOrganization = organizations["d20-pr"],
            Source = District20Post(),
        }, m =>
        {
            m.Districts.Add(new MeetingDistrict { District = districts[20] });
            Attend(m, AttendeeRole.Host, null, organizations["d20-pr"], "مدیر روابط عمومی منطقه ۲۰");
            Attend(m, null, null, organizations["ccia"], "معاون و روسای ادارات مرکز ارتباطات و امور بین‌الملل شهرداری تهران");
            Attend(m, AttendeeRole.Participant, null, organizations["d20-office"], "مشاور و مدیر حوزه دفتر شهرداری منطقه ۲۰");
            Agenda(m, "نظارت ستادی بر عملکرد اداره روابط عمومی شهرداری منطقه ۲۰");
            Tag(m, "جهادتبیین_رسانه", "جهادتبیین_روابط_عمومی_منطقه۲۰", "شهرداری_منطقه_۲۰", "ری_1403");
        });
    }

    private void BuildQomMeeting(Meeting m)
    {
        m.Districts.Add(new MeetingDistrict { District = districts[20] });
        Attend(m, AttendeeRole.Host, people["khoshi"], organizations["d20-crisis"], "رئیس اداره مدیریت بحران و پدافند غیرعامل منطقه ۲۰");
        Attend(m, AttendeeRole.Participant, null, organizations["d20-urban"], "معاون امور شهری منطقه ۲۰");
        Attend(m, AttendeeRole.Guest, null, organizations["qom-crisis"], "مدیرکل مدیریت بحران استانداری قم");
        Attend(m, AttendeeRole.Guest, null, organizations["tehran-gov"], "مسئول هماهنگی استان‌های معین استانداری تهران");
        Attend(m, AttendeeRole.Guest, null, organizations["qom-staff"], "اعضای تخصصی ستاد مدیریت بحران استان قم");
        Attend(m, AttendeeRole.Participant, null, organizations["d20"], "اعضای تخصصی ستاد مدیریت بحران شهرداری منطقه ۲۰");
        Attend(m, AttendeeRole.Guest, null, organizations["crisis-regions"], "کارشناس معاونت امور مناطق سازمان پیشگیری و مدیریت بحران شهر تهران");
        Attend(m, AttendeeRole.Participant, null, organizations["d20"], "مدیران ارشد شهرداری منطقه ۲۰");
        Agenda(m,
            "اجرای دستورالعمل وزارت کشور در خصوص استفاده از تمامی ظرفیت‌های استان‌های معین",
            "تبادل اطلاعات و تعامل بیشتر برای مرور عملیات در زمان بحران‌های احتمالی",
            "چگونگی بهره‌برداری از ظرفیت نیروهای امدادرسان استان‌های معین در هنگام وقوع بحران",
            "استفاده از پتانسیل گروه‌های دوام (داوطلب واکنش اضطراری) برای آگاهی‌بخشی شهروندان و اجرای طرح‌های ویژه");
        FormWorkingGroups(Decide(m, OutcomeKind.Decision, "مقرر شد ادارات متناظر منطقه ۲۰ و استان معین قم نسبت به تشکیل کارگروه‌های تخصصی اقدام کنند.",
            "d20-crisis", "qom-crisis"));
        string[] visited = ["13aban", "janbazan", "andisheh", "haftom-e-tir"];
        for (var i = 0; i < visited.Length; i++)
        {
            m.SiteVisits.Add(new SiteVisit { Position = i + 1, Site = sites[visited[i]], Notes = "از مهم‌ترین ظرفیت‌های منطقه در مواقع بحران" });
        }

        Tag(m, "جهادتبیین_رسانه", "جهادتبیین_روابط_عمومی_منطقه۲۰", "تهران_شهر_تلاش_و_سرزندگی", "شهرداری_منطقه_۲۰", "ری_1403");
        // The post gives no publication date or hour, only its year (#ری_1403): the minutes are dated as the meeting is,
        // to the year 1403 (Tehran's first moment of it, at YEAR precision), claiming no day or hour within it.
        m.Minutes.Add(PublishedMinutes(Year(1403),
            (MinutesSectionKind.Attendees, "حاضران", """
                - محمد خوشی، رئیس اداره مدیریت بحران و پدافند غیرعامل منطقه ۲۰ (میزبان)
                - معاون امور شهری منطقه ۲۰
                - مدیرکل مدیریت بحران استانداری قم
                - مسئول هماهنگی استان‌های معین استانداری تهران
                - اعضای تخصصی ستاد مدیریت بحران استان قم و شهرداری منطقه ۲۰
                - کارشناس معاونت امور مناطق سازمان پیشگیری و مدیریت بحران شهر تهران
                - مدیران ارشد شهرداری منطقه ۲۰
                """),
            (MinutesSectionKind.Discussion, "خلاصه مذاکرات", """
                پیرامون اجرای دستورالعمل وزارت کشور در خصوص استفاده از تمامی ظرفیت‌های استان‌های معین، تبادل اطلاعات و تعامل بیشتر
                برای مرور عملیات در زمان بحران‌های احتمالی و چگونگی بهره‌برداری از ظرفیت نیروهای امدادرسان استان‌های معین بحث شد.
                استان‌های معین نقش امدادرسانی و خدمات‌رسانی در زمان‌های بحرانی را ایفا می‌کنند؛ برای آگاهی‌بخشی شهروندان از
                پتانسیل گروه‌های دوام با مدیریت سازمان پیشگیری و مدیریت بحران شهر تهران استفاده می‌شود.
                """),
            (MinutesSectionKind.Decisions, "مصوبات", """
                1. مقرر شد ادارات متناظر طرفین نسبت به تشکیل کارگروه‌های تخصصی اقدام کنند.
                """),
            (MinutesSectionKind.SiteVisits, "بازدیدها", """
                - پایگاه معین سیزده آبان
                - سایت‌های اسکان اضطراری بوستان‌های جانبازان و اندیشه
                - بیمارستان شهدای هفتم تیر
                """)));
        m.Minutes[^1].PublishedAtPrecision = DatePrecision.Year;
    }

    // The decision forms «کارگروه‌های تخصصی» of the counterpart departments without naming them;
    // these are the specialties the meeting's agenda covers. The source names no chair or secretary, so
    // every counterpart department is a member and the groups have no chair.
    private void FormWorkingGroups(Decision decision)
    {
        (string Name, string NameEn, string Specialty, string[] Members)[] groups =
        [
            ("کارگروه تخصصی امداد و نجات منطقه ۲۰ و استان معین قم", "Relief and rescue working group", "امداد و نجات",
                ["d20-crisis", "qom-crisis", "qom-staff"]),
            ("کارگروه تخصصی اسکان اضطراری منطقه ۲۰ و استان معین قم", "Emergency shelter working group", "اسکان اضطراری",
                ["d20-crisis", "d20-urban", "qom-staff"]),
            ("کارگروه تخصصی تبادل اطلاعات منطقه ۲۰ و استان معین قم", "Information exchange working group", "تبادل اطلاعات و مرور عملیات",
                ["d20-crisis", "qom-crisis", "tehran-gov"]),
            ("کارگروه تخصصی آگاهی‌بخشی شهروندان و گروه‌های دوام", "Citizen awareness and DAVAM volunteers working group", "آموزش و آگاهی‌بخشی همگانی",
                ["d20-crisis", "davam", "qom-staff"]),
        ];
        foreach (var (name, nameEn, specialty, members) in groups)
        {
            var group = new WorkingGroup
            {
                Name = name,
                NameEn = nameEn,
                Specialty = specialty,
                District = districts[20],
                PartnerOrganization = organizations["qom"],
                FormedByDecision = decision,
                Status = WorkingGroupStatus.Forming,
            };
            foreach (var member in members)
            {
                group.Members.Add(new WorkingGroupMember { Organization = organizations[member], Role = WorkingGroupRole.Member });
            }

            decision.WorkingGroups.Add(group);
        }
    }

    // Minutes published (and so approved) at the source's publication time; null where the source gives none.
    private static Minutes PublishedMinutes(DateTime? publishedAt, params (MinutesSectionKind Kind, string Heading, string Body)[] sections)
    {
        var minutes = new Minutes { Revision = 1, Status = MinutesStatus.Published, ApprovedAt = publishedAt, PublishedAt = publishedAt };
        for (var i = 0; i < sections.Length; i++)
        {
            minutes.Sections.Add(new MinutesSection { Position = i + 1, Kind = sections[i].Kind, Heading = sections[i].Heading,
                Body = sections[i].Body.Trim() });
        }

        return minutes;
    }
}

using Hamahang.Api.Domain;

namespace Hamahang.Api.Data.Seed;

public sealed partial class Seeder
{
    // Document 003 (خبرایران, news code 54514), District 19. The report gives no date of its own: the
    // meeting is dated by the publication, Monday 11 Ordibehesht 1402 (2023-05-01), and marked so.
    private async Task SeedDistrict19Async()
    {
        await MeetingAsync(new Meeting
        {
            Kind = MeetingKind.Consultation,
            Status = MeetingStatus.Held,
            Title = "نشست هم‌اندیشی شبکه ناظرین مردمی سازمان بازرسی شهرداری تهران در منطقه ۱۹",
            TitleEn = "Consultation session of the People's Observers Network in District 19",
            Summary = "بهبود عملکرد و ارائه خدمات مؤثر با مشارکت شهروندان؛ ادغام سامانه‌های نظارت همگانی ۱۸۸۸ با فوریت خدمات شهری ۱۳۷ "
                + "موجب اصلاحات زیادی به برکت مشارکت مردمی شده است.",
            StartsAt = Day("1402/02/11"),
            StartsAtPrecision = DatePrecision.Day,
            StartsAtFromPublication = true,
            Venue = "شهرداری منطقه ۱۹",
            HostOrganization = organizations["d19"],
            Source = new Source { Outlet = "خبرایران", NewsCode = "54514", PublishedOn = Date("1402/02/11") },
        }, m =>
        {
            m.Districts.Add(new MeetingDistrict { District = districts[19] });
            Attend(m, AttendeeRole.Participant, people["farhadi"], organizations["d19"], "شهردار منطقه ۱۹");
            Attend(m, AttendeeRole.Speaker, people["amanlou"], organizations["observers"], "دبیر شبکه ناظرین مردمی سازمان بازرسی شهرداری تهران");
            Attend(m, AttendeeRole.Participant, null, organizations["observers"], "هیات همراه دبیر شبکه ناظرین مردمی");
            Attend(m, AttendeeRole.Participant, people["ghahremani"], organizations["d19-inspection"], "مدیر بازرسی منطقه ۱۹");
            Attend(m, AttendeeRole.Participant, null, organizations["d19"], "معاونین و مدیران شهری منطقه ۱۹");
            Agenda(m,
                "ادغام سامانه نظارت همگانی ۱۸۸۸ با فوریت‌های خدمات شهری ۱۳۷",
                "شرح وظایف شبکه ناظرین مردمی: نظارت شکلی، مدیریتی و ساختاری؛ نظارت‌های میدانی و سرزده؛ شناسایی معضلات؛ کشف تخلفات؛ "
                    + "پیگیری پرونده‌های ویژه؛ تکمیل بانک اطلاعاتی کارکنان متعهد و کارآمد",
                "بررسی محاسن و معایب مسائل شهری در نواحی مورد بازدید",
                "تقدیر از کارگران حوزه خدمات شهری به مناسبت روز جهانی کار و کارگر");
            // What each side undertook in the session; the source gives no date or status for either.
            Decide(m, OutcomeKind.Commitment, "شبکه ناظرین مردمی با هدف کمک به بدنه اجرا، با همکاری گروهی و نگاه مردمی برای رفع موانع موجود منطقه تلاش می‌کند.",
                "observers:amanlou");
            Decide(m, OutcomeKind.Commitment,
                "شهرداری منطقه ۱۹ با بهره‌مندی از ظرفیت‌های موجود و نگاه سازنده شبکه ناظرین، بیش از پیش برای رفع معضلات و توسعه منطقه گام برمی‌دارد.",
                "d19:farhadi");
            Tag(m, "شبکه_ناظرین_مردمی", "منطقه_۱۹");
            // Published as the source was: «دوشنبه ۱۱ اردیبهشت ۱۴۰۲ ساعت ۳:۵۸:۱۰ بعد از ظهر».
            m.Minutes.Add(PublishedMinutes(At("1402/02/11", 15, 58).AddSeconds(10),
                (MinutesSectionKind.Attendees, "حاضران", """
                    - حسین امانلو، دبیر شبکه ناظرین مردمی سازمان بازرسی شهرداری تهران، و هیات همراه
                    - تورج فرهادی، شهردار منطقه ۱۹
                    - سلیمان قهرمانی، مدیر بازرسی منطقه ۱۹
                    - معاونین و مدیران شهری منطقه
                    """),
                (MinutesSectionKind.Discussion, "خلاصه مذاکرات", """
                    نظارت‌های شبکه شکلی، مدیریتی و ساختاری است. نظارت‌های میدانی و سرزده از مراکز مرتبط با شهرداری، شناسایی معضلات
                    و کشف تخلفات مدیریت شهری، پیگیری پرونده‌های ویژه و تکمیل بانک اطلاعاتی کارکنان متعهد و کارآمد از مأموریت‌های
                    شبکه است. بررسی معایب و محاسن مسائل شهری در نواحی مورد بازدید می‌تواند گره‌گشای مشکلات محلات باشد.
                    """),
                (MinutesSectionKind.Other, "تقدیر", """
                    به مناسبت روز جهانی کار و کارگر از زحمات تعدادی از کارگران حوزه خدمات شهری با اهدای لوح و هدیه تقدیر شد.
                    """)));
        });

        await SeedObserversInspectionsAsync();
    }

    // The document names the network's kinds of work (field and unannounced inspections;
    // problems, violations, special cases, strengths and weaknesses; the 1888 and 137 lines),
    // not individual findings: these findings stand for each kind and stay general. It dates
    // neither inspection: both carry the publication day, marked so, and no start or end; it
    // states no finding's due date, so none is stored.
    private async Task SeedObserversInspectionsAsync()
    {
        var source = await SourceAsync("54514");
        await EnsureAsync(i => i.Title == FieldInspectionTitle, () => new Inspection
        {
            Kind = InspectionKind.Field,
            Title = FieldInspectionTitle,
            District = districts[19],
            InspectedOrganization = organizations["d19"],
            InspectingOrganization = organizations["observers"],
            PlannedAt = Day("1402/02/11"),
            PlannedAtPrecision = DatePrecision.Day,
            PlannedAtFromPublication = true,
            Status = InspectionStatus.Completed,
            Source = source,
        }, inspection =>
        {
            Inspectors(inspection, "amanlou", "ghahremani");
            File(inspection, FindingCategory.StrengthsWeaknesses, FindingSeverity.Low, FindingChannel.Field, FindingStatus.Referred,
                "محاسن و معایب مسائل شهری در نواحی بازدیدشده منطقه ۱۹",
                "فعالیت‌های مدیریت شهری منطقه در پیگیری مطالبات مردمی مثبت ارزیابی شد؛ معایب مشاهده‌شده در نواحی بازدیدشده برای رفع به مدیریت منطقه اعلام شد.",
                "نواحی بازدیدشده منطقه ۱۹", "d19", confidential: false);
            File(inspection, FindingCategory.Problem, FindingSeverity.Medium, FindingChannel.Urgent137, FindingStatus.Referred,
                "معضل شهری گزارش‌شده از طریق سامانه فوریت‌های خدمات شهری ۱۳۷",
                "معضل گزارش‌شده شهروندان پس از بازدید میدانی ناظران تأیید و برای رسیدگی به معاونت خدمات شهری منطقه ارجاع شد.",
                "محلات منطقه ۱۹", "d19-services", confidential: false);
            File(inspection, FindingCategory.Violation, FindingSeverity.High, FindingChannel.Oversight1888, FindingStatus.UnderReview,
                "تخلف مدیریت شهری کشف‌شده از گزارش سامانه نظارت همگانی ۱۸۸۸",
                "گزارش شهروندان در سامانه نظارت همگانی ۱۸۸۸ در بازدید ناظران بررسی شد و تخلف برای رسیدگی به مدیریت بازرسی منطقه اعلام شد.",
                "منطقه ۱۹", "d19-inspection", confidential: false);
        });

        await EnsureAsync(i => i.Title == UnannouncedInspectionTitle, () => new Inspection
        {
            Kind = InspectionKind.Unannounced,
            Title = UnannouncedInspectionTitle,
            District = districts[19],
            InspectedOrganization = organizations["d19-services"],
            InspectingOrganization = organizations["observers"],
            PlannedAt = Day("1402/02/11"),
            PlannedAtPrecision = DatePrecision.Day,
            PlannedAtFromPublication = true,
            Status = InspectionStatus.InProgress,
            Source = source,
        }, inspection =>
        {
            Inspectors(inspection, "amanlou");
            File(inspection, FindingCategory.SpecialCase, FindingSeverity.High, FindingChannel.Field, FindingStatus.Filed,
                "پرونده ویژه در حال پیگیری شبکه ناظرین مردمی",
                "پرونده ویژه‌ای که شبکه ناظرین مردمی پیگیری می‌کند؛ جزئیات آن محرمانه است.",
                "منطقه ۱۹", "d19-inspection", confidential: true);
        });
    }

    private const string FieldInspectionTitle = "نظارت میدانی شبکه ناظرین مردمی در نواحی منطقه ۱۹";

    private const string UnannouncedInspectionTitle = "نظارت سرزده شبکه ناظرین مردمی بر مراکز خدمات شهری منطقه ۱۹";

    private void Inspectors(Inspection inspection, params string[] keys)
    {
        foreach (var key in keys)
        {
            inspection.Inspectors.Add(new InspectionInspector { Person = people[key] });
        }
    }

    private void File(Inspection inspection, FindingCategory category, FindingSeverity severity, FindingChannel channel, FindingStatus status,
        string title, string description, string location, string responsible, bool confidential)
    {
        var finding = new Finding
        {
            Category = category,
            Severity = severity,
            Channel = channel,
            Status = status,
            Title = title,
            Description = description,
            Location = location,
            ResponsibleOrganization = organizations[responsible],
            IsConfidential = confidential,
        };
        finding.History.Add(new FindingHistoryEntry { Actor = "system:seed", Status = FindingStatus.Filed, Change = "ثبت یافته" });
        if (status != FindingStatus.Filed)
        {
            finding.History.Add(new FindingHistoryEntry { Actor = "system:seed", Status = status, Change = $"تغییر وضعیت به {status}" });
        }

        inspection.Findings.Add(finding);
    }
}

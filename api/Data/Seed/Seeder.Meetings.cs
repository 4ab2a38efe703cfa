using Hamahang.Api.Domain;

namespace Hamahang.Api.Data.Seed;

public sealed partial class Seeder
{
    // Document 001: Thursday 22 Mehr 1400 (2021-10-14). The campaign is city-wide, so the
    // ceremony names no district.
    private async Task SeedCampaignAsync() =>
        await MeetingAsync(new Meeting
        {
            Kind = MeetingKind.Ceremony,
            Status = MeetingStatus.Held,
            Title = "مراسم آغاز مرحله دوم پویش «تهران دوباره جان می‌گیرد»",
            TitleEn = "Launch of phase two of the campaign \"Tehran comes back to life\"",
            Summary = "مرحله دوم پویش جهادی واکسیناسیون اقشار کم‌برخوردار: ۲۲ ایستگاه منتخب مترو، ۲۲ اتوبوس سیار در میادین منتخب "
                + "و فضای ۲۲۰ مسجد؛ مرحله اول در ۲۸ مرکز انجام شد و از طریق ۱۳۷ نیز خدمات ویژه‌ای در نظر گرفته شد.",
            StartsAt = Day("1400/07/22"),
            StartsAtPrecision = DatePrecision.Day,
            HostOrganization = organizations["tehran"],
            // The outlet's item number is the one in its address; the report is «خبرنگار شهر»'s.
            Source = new Source { Outlet = "پیام خوزستان", Url = "https://www.payamekhuzestan.ir/Fa/News/331890/", NewsCode = "331890" },
        }, m =>
        {
            Attend(m, AttendeeRole.Speaker, people["zakani"], organizations["tehran"], "شهردار تهران");
            Attend(m, null, null, organizations["davam"], "تنی چند از افراد گروه‌های دوام (نیروهای داوطلب ایمنی و سلامت مناطق)، تقدیرشده");
            Agenda(m,
                "آغاز مرحله دوم پویش جهادی واکسیناسیون اقشار کم‌برخوردار",
                "واکسیناسیون در ۲۲ ایستگاه منتخب مترو، با ۲۲ اتوبوس سیار در میادین منتخب و در ۲۲۰ مسجد",
                "خدمات ویژه از طریق سامانه ۱۳۷",
                "تقدیر از نیروهای داوطلب دوام");
            Decide(m, OutcomeKind.Decision,
                "در مرحله دوم پویش از ظرفیت ۲۲ ایستگاه منتخب مترو، ۲۲ اتوبوس سیار در میادین منتخب و فضای ۲۲۰ مسجد برای واکسیناسیون استفاده می‌شود.",
                "tehran");
            Decide(m, OutcomeKind.Decision,
                "درباره بحران کرونا تصمیم بر این شد که علاوه بر روند گذشته ارائه خدمت در خود شهرداری، یک خط تلاش به شکل مستمر تشکیل و ظرفیت‌های شهرداری در " +
                "خدمت مردم قرار گیرد.",
                "tehran");
            Decide(m, OutcomeKind.Emphasis,
                "خلوت شدن مراکز واکسیناسیون به شلوغی در مرحله دوم واکسیناسیون (دوز دوم) خواهد انجامید و باید آمادگی لازم در این باره وجود داشته باشد.",
                "tehran");
            Tag(m, "تهران_دوباره_جان_می‌گیرد", "واکسیناسیون");
        });

    // Document 002 («شهر», from District 10's PR office) gives no date and no publication date (its
    // congratulations on the Sha'ban festivities name no year), so none is stored.
    private async Task SeedDistrict10Async() =>
        await MeetingAsync(new Meeting
        {
            Kind = MeetingKind.Other,
            Status = MeetingStatus.Held,
            Title = "نشست معاون روابط عمومی مرکز ارتباطات و امور بین‌الملل با اداره روابط عمومی منطقه ۱۰",
            TitleEn = "Meeting of the Center for Communications' PR deputy with the District 10 PR office",
            Summary = "نقش روابط عمومی در همراه‌سازی شهروندان؛ تعریض بلوار امام خمینی (ره) که ۱۱ سال حل‌نشده مانده بود با همراهی شهروندان انجام شد.",
            StartsAtPrecision = DatePrecision.Unknown,
            Venue = "شهرداری منطقه ۱۰",
            HostOrganization = organizations["d10-pr"],
            Source = new Source { Outlet = "شهر" },
        }, m =>
        {
            m.Districts.Add(new MeetingDistrict { District = districts[10] });
            Attend(m, AttendeeRole.Speaker, people["akh-ol-sanaye"], organizations["d10"], "شهردار منطقه ۱۰");
            Attend(m, AttendeeRole.Speaker, people["saebi"], organizations["ccia-pr"], "معاون روابط عمومی مرکز ارتباطات و امور بین‌الملل شهرداری تهران");
            Attend(m, AttendeeRole.Participant, null, organizations["ccia"], "تیم روابط عمومی مرکز ارتباطات و امور بین‌الملل شهرداری تهران");
            Attend(m, AttendeeRole.Participant, null, organizations["d10-pr"], "کارشناسان اداره روابط عمومی منطقه ۱۰");
            Agenda(m,
                "نقش روابط عمومی در همراه‌سازی شهروندان: تعریض بلوار امام خمینی (ره)",
                "حمایت مرکز ارتباطات و امور بین‌الملل از روابط عمومی‌های مناطق ۲۲گانه",
                "رسیدگی مسئولانه به ملاقات‌های مردمی و نامگذاری معابر",
                "رصد دقیق و مستمر گزارش‌ها و آمار مناطق",
                "برنامه‌ریزی برای آموزش‌های تخصصی",
                "گزارش کارشناسان روابط عمومی منطقه از اقدامات انجام‌شده");
            // The PR deputy's points are emphases («تأکید بر ...»); the source names no one to carry them out.
            Decide(m, OutcomeKind.Emphasis, "همراه بودن هر اقدام با پیوست رسانه‌ای و اخذ نظرات مردم پیش از کار، برای همراه‌سازی شهروندان");
            Decide(m, OutcomeKind.Directive, "گزارش دقیق و به‌موقع اقدامات مدیریت شهری منطقه به شهروندان، رسالت و وظیفه روابط عمومی‌های مناطق است.", "d10-pr");
            Decide(m, OutcomeKind.Emphasis, "رسیدگی مسئولانه به ملاقات‌های مردمی و نامگذاری معابر");
            Decide(m, OutcomeKind.Emphasis, "رصد دقیق و مستمر گزارش‌ها و آمار منطقه");
            Decide(m, OutcomeKind.Emphasis, "برنامه‌ریزی آموزش‌های تخصصی برای کارشناسان روابط عمومی مناطق");
        });

    // Document 004 (راگا پرس) gives no date and no publication date either, so none is stored. Its
    // dateline is «شهرری», and Shahr-e Rey lies in District 20: the meeting concerns District 20.
    private async Task SeedWelfareAsync() =>
        await MeetingAsync(new Meeting
        {
            Kind = MeetingKind.Consultation,
            Status = MeetingStatus.Held,
            Title = "نشست هم‌اندیشی با مؤسسات خیریه با محوریت آمادگی در شرایط بحرانی",
            TitleEn = "Consultation with charities on readiness for crises",
            Summary = "در شرایط بحرانی، هم‌افزایی و هماهنگی میان نهادهای حمایتی و مؤسسات خیریه نقش حیاتی در کاهش آسیب‌ها دارد؛ "
                + "ظرفیت‌های محلی مؤسسات خیریه سرمایه‌ای ارزشمند در مدیریت بحران هستند.",
            StartsAtPrecision = DatePrecision.Unknown,
            HostOrganization = organizations["rey-welfare"],
            Source = new Source { Outlet = "راگا پرس" },
        }, m =>
        {
            m.Districts.Add(new MeetingDistrict { District = districts[20] });
            Attend(m, AttendeeRole.Speaker, people["khadem"], organizations["rey-welfare"], "مدیر بهزیستی شهرستان ری");
            Attend(m, AttendeeRole.Speaker, people["lashgari"], organizations["rey-welfare-participation"], "معاون مشارکت‌های مردمی");
            Attend(m, AttendeeRole.Participant, null, organizations["rey-charities"], "جمعی از مسئولین مؤسسات خیریه فعال در سطح شهرستان");
            Agenda(m,
                "تشریح وظایف، ظرفیت‌ها و امکانات هر یک از مؤسسات خیریه",
                "برنامه‌ریزی پیشگیرانه و پاسخ سریع و هماهنگ به بحران‌های احتمالی",
                "ورود مؤسسات خیریه با ساختار، تجهیزات و برنامه‌های از پیش تعیین‌شده");
            Decide(m, OutcomeKind.Commitment,
                "بهزیستی شهرستان ری با استفاده از ظرفیت‌های مردمی و جلب مشارکت سازمان‌های مردم‌نهاد، برنامه‌ای منسجم برای مقابله با بحران‌ها تدوین و اجرا " +
                "می‌کند.",
                "rey-welfare:khadem");
            Decide(m, OutcomeKind.Directive,
                "همه مؤسسات خیریه، متناسب با امکانات و تخصص‌های موجود، برای مواجهه با شرایط غیرمترقبه آماده باشند و ارتباط نزدیک‌تری با اداره بهزیستی برقرار " +
                "کنند.",
                "rey-charities");
            // At the close the attendees emphasised these («تأکید کردند»), naming no one to carry them out.
            Decide(m, OutcomeKind.Emphasis, "استمرار این‌گونه نشست‌ها");
            Decide(m, OutcomeKind.Emphasis, "ارتقای تعاملات بین‌بخشی میان بهزیستی و مؤسسات خیریه");
            Decide(m, OutcomeKind.Emphasis, "تدوین نقشه راه مشترک جهت ارتقای آمادگی جامعه هدف در برابر بحران‌ها");
            // Approved, not yet published: the register holds minutes at every stage. Raga Press gives no date at all,
            // so the approval has none (ApprovedAt is nullable); the hour and day it once had were invented.
            var minutes = PublishedMinutes(null,
                (MinutesSectionKind.Discussion, "خلاصه مذاکرات", """
                    ضمن تشریح وظایف، ظرفیت‌ها و امکانات هر یک از مؤسسات، بر اهمیت برنامه‌ریزی پیشگیرانه و پاسخ سریع و هماهنگ
                    به بحران‌های احتمالی تأکید شد. نمایندگان مؤسسات خیریه از رویکرد هم‌افزایانه اداره بهزیستی شهرستان ری قدردانی کردند.
                    """),
                (MinutesSectionKind.Decisions, "جمع‌بندی", """
                    1. استمرار این‌گونه نشست‌ها
                    2. ارتقای تعاملات بین‌بخشی
                    3. تدوین نقشه راه مشترک جهت ارتقای آمادگی جامعه هدف در برابر بحران‌ها
                    """));
            minutes.Status = MinutesStatus.Approved;
            m.Minutes.Add(minutes);
        });
}

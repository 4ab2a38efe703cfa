using Hamahang.Api.Domain;

namespace Hamahang.Api.Data.Seed;

public sealed partial class Seeder
{
    // Tehran's 22 districts with the area each is best known by.
    private static readonly (string Area, string AreaEn)[] Areas =
    [
        ("تجریش و شمیرانات", "Tajrish and Shemiranat"),
        ("شهرک غرب و سعادت‌آباد", "Shahrak-e Gharb and Saadat Abad"),
        ("ونک و زعفرانیه", "Vanak and Zafaraniyeh"),
        ("تهرانپارس", "Tehranpars"),
        ("پونک و جنت‌آباد", "Punak and Jannat Abad"),
        ("یوسف‌آباد و امیرآباد", "Yusef Abad and Amir Abad"),
        ("سیدخندان و عباس‌آباد", "Seyyed Khandan and Abbas Abad"),
        ("نارمک", "Narmak"),
        ("مهرآباد", "Mehrabad"),
        ("سلسبیل؛ دیار مهر و ایمان", "Salsabil"),
        ("امیریه و راه‌آهن", "Amiriyeh and Rah Ahan"),
        ("بازار و مرکز تاریخی", "Bazaar and the historic centre"),
        ("تهران‌نو", "Tehran-e No"),
        ("پیروزی و نبرد", "Piroozi and Nabard"),
        ("مسعودیه و افسریه", "Masoudieh and Afsariyeh"),
        ("نازی‌آباد", "Nazi Abad"),
        ("ابوذر و زمزم", "Abuzar and Zamzam"),
        ("یافت‌آباد و شهرک ولیعصر", "Yaft Abad and Shahrak-e Valiasr"),
        ("خانی‌آباد و نعمت‌آباد", "Khani Abad and Nemat Abad"),
        ("شهرری", "Shahr-e Rey"),
        ("تهرانسر", "Tehransar"),
        ("چیتگر", "Chitgar"),
    ];

    private async Task SeedDistrictsAsync()
    {
        for (var number = 1; number <= 22; number++)
        {
            var n = number;
            districts[n] = await EnsureAsync(d => d.Number == n, () => new District
            {
                Number = n,
                Name = "منطقه " + PersianDigits(n),
                NameEn = $"District {n}",
                AreaName = Areas[n - 1].Area,
                AreaNameEn = Areas[n - 1].AreaEn,
            });
        }
    }

    private static string PersianDigits(int number) =>
        string.Concat(number.ToString(System.Globalization.CultureInfo.InvariantCulture).Select(c => (char)('۰' + (c - '0'))));
}

using Hamahang.Api.Domain;
using Microsoft.EntityFrameworkCore;

namespace Hamahang.Api.Data.Seed;

public sealed partial class Seeder
{
    // Source 000: «استان معین و پیشتاز قم» supports District 20 under «دستورالعمل وزارت کشور در خصوص استفاده
    // از تمامی ظرفیت های استانهای معین». The source gives no period, so none is stored. Of the «ادارات متناظر
    // طرفین» it names the crisis management side of each: Qom's directorate-general and District 20's office.
    private async Task SeedPartnershipsAsync()
    {
        var qom = organizations["qom"];
        var district = districts[20];
        var partnership = await db.Partnerships.FirstOrDefaultAsync(p => p.Kind == PartnershipKind.SupportingProvince && p.OrganizationId == qom.Id
            && p.DistrictId == district.Id, cancellation);
        if (partnership is null)
        {
            partnership = new Partnership { Kind = PartnershipKind.SupportingProvince, Organization = qom, District = district };
            db.Partnerships.Add(partnership);
        }

        partnership.SupportedOrganization = organizations["d20"];
        partnership.IsLeading = true;
        partnership.Instruction ??= "دستورالعمل وزارت کشور در خصوص استفاده از تمامی ظرفیت‌های استان‌های معین";
        partnership.Description ??= "استان معین و پیشتاز قم برای امدادرسانی و خدمات‌رسانی به منطقه ۲۰ در زمان بحران";
        var (side, counterpart) = (organizations["qom-crisis"], organizations["d20-crisis"]);
        // A stored partnership's pairs are asked of the store; a new one's go in with it (a model without
        // counterparts, of a store from before them, leaves them out).
        if (partnership.Id == 0
            || !await db.PartnershipCounterparts.AnyAsync(c => c.PartnershipId == partnership.Id && c.OrganizationId == side.Id
                && c.CounterpartId == counterpart.Id, cancellation))
        {
            partnership.Counterparts.Add(new PartnershipCounterpart { Organization = side, Counterpart = counterpart });
        }
    }
}

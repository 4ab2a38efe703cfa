using Hamahang.Api.Domain;
using Hamahang.Api.Tests.GraphQL;

namespace Hamahang.Api.Tests.Reliability;

/// <summary>
/// The callers of the authorization matrix (DOMAIN.md's users): no key; a partner of an organization that took no part
/// in the target records (Rey County's welfare office) and of the one that did (Qom's governorate, owner of decisions of
/// the District 20 meeting); the inspector of the inspection that holds the confidential finding (Hossein Amanlou) and
/// one who is not on it (Soleiman Ghahremani); an integrator; an editor; an administrator.
/// </summary>
internal static class AuthorizationMatrixRoles
{
    public const string Qom = "استانداری قم";

    public const string Welfare = "اداره بهزیستی شهرستان ری";

    public const string AssignedInspector = "حسین امانلو";

    public const string OtherInspector = "سلیمان قهرمانی";

    /// <summary>The role names as the matrix file writes them, in its column order.</summary>
    public static readonly string[] Names =
        ["anonymous", "partnerOther", "partnerRight", "inspectorAssigned", "inspectorOther", "integrator", "editor", "admin"];

    /// <summary>Groups the matrix file may write instead of listing roles one by one.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Groups = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["nobody"] = [],
        ["readers"] = ["partnerOther", "partnerRight", "inspectorAssigned", "inspectorOther", "editor", "admin"],
        ["keys"] = ["partnerOther", "partnerRight", "inspectorAssigned", "inspectorOther", "integrator", "editor", "admin"],
        ["editors"] = ["editor", "admin"],
        ["everyone"] = Names,
    };

    /// <summary>A key for each role but the anonymous caller (null).</summary>
    public static async Task<IReadOnlyDictionary<string, string?>> KeysAsync(HostFactory factory) => new Dictionary<string, string?>(StringComparer.Ordinal)
    {
        ["anonymous"] = null,
        ["partnerOther"] = await factory.CreateKeyAsync(ApiKeyRole.Partner, organization: Welfare),
        ["partnerRight"] = await factory.CreateKeyAsync(ApiKeyRole.Partner, organization: Qom),
        ["inspectorAssigned"] = await factory.CreateKeyAsync(ApiKeyRole.Inspector, person: AssignedInspector),
        ["inspectorOther"] = await factory.CreateKeyAsync(ApiKeyRole.Inspector, person: OtherInspector),
        ["integrator"] = await factory.CreateKeyAsync(ApiKeyRole.Integrator),
        ["editor"] = await factory.CreateKeyAsync(ApiKeyRole.Editor),
        ["admin"] = await factory.CreateKeyAsync(ApiKeyRole.Admin),
    };
}

using Hamahang.Api.Data;
using Hamahang.Api.Domain;
using Hamahang.Api.GraphQL.Authorization;
using Hamahang.GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Hamahang.Api.Security;

[QueryType]
public static class MeQueries
{
    [GraphQLDescription("The caller: its API key, role and the organization or person the key is bound to.")]
    [Authorize]
    public static async Task<Viewer> GetMe(Caller caller, AppDbContext db, CancellationToken cancellationToken)
    {
        var key = await db.ApiKeys.AsNoTracking()
            .Where(k => k.Id == caller.ApiKeyId)
            .Select(k => new { k.Name, k.Prefix, k.Role, k.Organization, k.Person })
            .SingleAsync(cancellationToken);
        return new Viewer(key.Name, key.Prefix, key.Role, key.Organization, key.Person);
    }
}

/// <summary>Who the caller is.</summary>
/// <param name="KeyName">The key's name, given when it was created.</param>
/// <param name="KeyPrefix">The first characters of the key, as key listings show them.</param>
/// <param name="Role">What the key may do.</param>
/// <param name="Organization">The organization a partner's or inspector's key acts for.</param>
/// <param name="Person">The person an inspector's key is bound to.</param>
public sealed record Viewer(string? KeyName, string KeyPrefix, ApiKeyRole Role, Organization? Organization, Person? Person);

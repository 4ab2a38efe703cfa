using System.Net;
using Hamahang.Api.Data;
using Hamahang.Api.Domain;
using Hamahang.Api.Security;
using Hamahang.Api.Tests.GraphQL;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hamahang.Api.Tests.Security;

/// <summary>The host caches verified keys; a key revoked on it is refused by its very next request.</summary>
public sealed class RevokedKeyOverHttpTests(HostFactory factory) : IClassFixture<HostFactory>
{
    [Fact]
    public async Task AKeyRevokedOnTheHostIsRefusedByTheNextRequest()
    {
        var key = await factory.CreateKeyAsync(ApiKeyRole.Admin);
        var before = await factory.PostAsync("{ __typename }", key);
        Assert.False(before.HasErrors, before.ToString());

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var prefix = ApiKeyFormat.PrefixOf(key);
            var id = await scope.ServiceProvider.GetRequiredService<AppDbContext>().ApiKeys.Where(k => k.Prefix == prefix).Select(k => k.Id).SingleAsync();
            Assert.True(await scope.ServiceProvider.GetRequiredService<ApiKeyService>().RevokeAsync(id));
        }

        var after = await factory.PostAsync("{ __typename }", key);
        Assert.Equal(HttpStatusCode.Unauthorized, after.Status);
        Assert.Equal(["AUTH_NOT_AUTHENTICATED"], after.ErrorCodes);
    }
}

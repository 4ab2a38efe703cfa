using Hamahang.Api.Security;

namespace Hamahang.Api.Extensions;

internal static class SecurityExtensions
{
    public static WebApplicationBuilder AddHamahangSecurity(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<ApiKeyService>();
        builder.Services.AddScoped<ApiKeyVerifier>();
        return builder;
    }
}

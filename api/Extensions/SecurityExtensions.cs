using Hamahang.Api.Security;

namespace Hamahang.Api.Extensions;

internal static class SecurityExtensions
{
    public static WebApplicationBuilder AddHamahangSecurity(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<ApiKeyCacheOptions>().BindConfiguration(ApiKeyCacheOptions.Section);
        builder.Services.AddSingleton<ApiKeyCache>();
        builder.Services.AddScoped<ApiKeyService>();
        builder.Services.AddScoped<ApiKeyVerifier>();
        return builder;
    }
}

using Hamahang.Api.Domain;
using Microsoft.AspNetCore.Hosting;

namespace Hamahang.Api.Tests.GraphQL;

/// <summary>The host as it runs in Production.</summary>
public class ProductionHostFactory : HostFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseEnvironment("Production");
    }
}

/// <summary>Production, with introspection switched on by configuration.</summary>
public sealed class IntrospectiveProductionHostFactory : ProductionHostFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("GraphQL:Introspection", "true");
    }
}

public sealed class ProductionTests(ProductionHostFactory factory) : IClassFixture<ProductionHostFactory>
{
    [Fact]
    public async Task IntrospectionIsOffInProduction()
    {
        var key = await factory.CreateKeyAsync(ApiKeyRole.Admin);
        var response = await factory.PostAsync("{ __schema { types { name } } }", key);
        Assert.Equal(["HC0046"], response.ErrorCodes);
        Assert.False(response.Body.TryGetProperty("data", out _));
    }

    [Fact]
    public async Task TypenameStaysAllowedInProduction()
    {
        var response = await factory.PostAsync("{ __typename }");
        Assert.False(response.HasErrors, response.ToString());
    }

    [Fact]
    public async Task AMisspelledFieldGetsNoSuggestionInProduction()
    {
        var key = await factory.CreateKeyAsync(ApiKeyRole.Admin);
        var response = await factory.PostAsync("{ districs { totalCount } }", key);
        var message = response.Body.GetProperty("errors")[0].GetProperty("message").GetString();
        Assert.Equal("Cannot query field \"districs\" on type \"Query\".", message);
    }
}

public sealed class ConfiguredIntrospectionTests(IntrospectiveProductionHostFactory factory) : IClassFixture<IntrospectiveProductionHostFactory>
{
    [Fact]
    public async Task ConfigurationTurnsIntrospectionOnInProduction()
    {
        var response = await factory.PostAsync("{ __schema { queryType { name } } }");
        Assert.False(response.HasErrors, response.ToString());
        Assert.Equal("Query", response.At("__schema.queryType.name").GetString());
    }
}

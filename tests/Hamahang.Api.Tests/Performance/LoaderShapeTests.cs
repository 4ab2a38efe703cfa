using System.Reflection;
using Hamahang.Api.Data;
using Hamahang.Api.Domain;
using Hamahang.Api.GraphQL.Authorization;
using Hamahang.GraphQL.Execution.DataLoaders;

namespace Hamahang.Api.Tests.Performance;

/// <summary>
/// A DataLoader's query is compiled once per loader type and shape (<see cref="Hamahang.GraphQL.EntityFramework.CompiledBatchQueries"/>),
/// and the caller's read policy is part of the query: so every loader that takes the caller must name the caller's read
/// scope in its shape, or the first caller's policy would answer for the next. This finds every such loader in the API.
/// </summary>
public sealed class LoaderShapeTests
{
    public static TheoryData<Type> LoadersOfTheCaller()
    {
        var loaders = new TheoryData<Type>();
        foreach (var type in typeof(AppDbContext).Assembly.GetTypes().Where(IsLoader))
        {
            if (type.GetConstructors().Any(c => c.GetParameters().Any(p => p.ParameterType == typeof(Caller))))
            {
                loaders.Add(type.IsGenericTypeDefinition ? type.MakeGenericType(typeof(Person)) : type);
            }
        }

        return loaders;
    }

    [Fact]
    public void TheApiHasLoadersThatReadUnderTheCallersPolicy() => Assert.True(LoadersOfTheCaller().Count >= 15);

    [Theory]
    [MemberData(nameof(LoadersOfTheCaller))]
    public void ALoaderOfTheCallerNamesTheCallersReadScopeInItsShape(Type loader)
    {
        var partner = Shape(loader, ApiKeyRole.Partner, organization: 1);
        Assert.NotNull(partner);
        Assert.Equal(partner, Shape(loader, ApiKeyRole.Partner, organization: 1));
        Assert.NotEqual(partner, Shape(loader, ApiKeyRole.Partner, organization: 2));
        Assert.NotEqual(partner, Shape(loader, ApiKeyRole.Inspector, organization: 1));
        Assert.NotEqual(Shape(loader, ApiKeyRole.Admin, organization: null), Shape(loader, ApiKeyRole.Integrator, organization: null));
    }

    private static bool IsLoader(Type type) => !type.IsAbstract && typeof(IDataLoader).IsAssignableFrom(type);

    private static object? Shape(Type loader, ApiKeyRole role, int? organization)
    {
        var caller = new Caller();
        caller.Identify(new ApiKey { Prefix = "p", Hash = "h", Role = role, OrganizationId = organization });
        var constructor = loader.GetConstructors().Single(c => c.GetParameters().Any(p => p.ParameterType == typeof(Caller)));
        var arguments = constructor.GetParameters().Select(p => p.ParameterType == typeof(Caller) ? caller : null).ToArray();
        var instance = constructor.Invoke(arguments);
        return loader.GetProperty("Shape", BindingFlags.Instance | BindingFlags.NonPublic)!.GetValue(instance);
    }
}

using System.Text.Json;
using Hamahang.GraphQL.Execution;
using Hamahang.GraphQL.Language;
using Hamahang.GraphQL.Types;
using Hamahang.GraphQL.Validation.Limits;
using Microsoft.Extensions.DependencyInjection;

#pragma warning disable CA1822 // Resolver classes are instantiated by the schema, as an application's are.

namespace Hamahang.GraphQL.AspNetCore.Tests;

/// <summary>
/// A schema for the limits tests: an area holds an inner area (so documents nest as deep as a test needs) and
/// 100 subareas (so the cost grows a hundredfold a level); every resolver counts its calls in <see cref="ResolverCalls"/>.
/// The resolvers are async, so each costs HotChocolate's 10 (a synchronous one, pure, would cost nothing of its own).
/// </summary>
public static class CostTestSchema
{
    public static Schema Create() => SchemaBuilder.New().AddType<CostQueries>().Create();

    /// <summary>Starts a host serving this schema, with a <see cref="ResolverCalls"/> singleton.</summary>
    public static Task<TestHost> StartHostAsync(GraphQLHttpOptions? options = null) =>
        TestHost.StartAsync(options, services => services.AddSingleton<ResolverCalls>(), schema: Create);

    /// <summary>The calls counted by <paramref name="host"/>.</summary>
    public static int Calls(this TestHost host) => host.Services.GetRequiredService<ResolverCalls>().Count;

    /// <summary>The cost <see cref="RequestLimitsAnalyzer"/> computes for <paramref name="document"/> on the host's schema.</summary>
    public static CostReport Cost(this TestHost host, string document) =>
        RequestLimitsAnalyzer.Analyze(host.Services.GetRequiredService<IRequestExecutor>().Schema, Parser.Parse(document), computeCost: true).Cost!;

    /// <summary>A JSON body carrying <paramref name="document"/>.</summary>
    public static string Body(string document) => JsonSerializer.Serialize(new { query = document });

    /// <summary>A document nesting <c>inner</c> until it is <paramref name="depth"/> fields deep (<c>level</c> the last).</summary>
    public static string Nested(int depth) =>
        "{ area { " + string.Concat(Enumerable.Repeat("inner { ", depth - 2)) + "level" + string.Concat(Enumerable.Repeat(" }", depth));
}

/// <summary>How many resolvers ran (a singleton of the host).</summary>
public sealed class ResolverCalls
{
    private int _count;

    public int Count => Volatile.Read(ref _count);

    public void Add() => Interlocked.Increment(ref _count);
}

[QueryType]
public sealed class CostQueries
{
    public Task<Area> Area([Service] ResolverCalls calls)
    {
        calls.Add();
        return Task.FromResult(new Area(1));
    }
}

public sealed class Area(int level)
{
    public int Level => level;

    public Task<Area> Inner([Service] ResolverCalls calls)
    {
        calls.Add();
        return Task.FromResult(new Area(level + 1));
    }

    [ListSize(AssumedSize = 100, RequireOneSlicingArgument = false)]
    public Task<IReadOnlyList<Area>> Subareas([Service] ResolverCalls calls)
    {
        calls.Add();
        return Task.FromResult<IReadOnlyList<Area>>([new Area(level + 1)]);
    }
}

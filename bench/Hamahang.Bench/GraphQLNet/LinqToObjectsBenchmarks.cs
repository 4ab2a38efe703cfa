using BenchmarkDotNet.Attributes;

namespace Hamahang.Bench.GraphQLNet;

/// <summary>
/// Where the data conventions' time goes over objects in memory: the districts page as an <c>IQueryable</c> of the list
/// (what <c>[UsePaging] [UseProjection]</c> hand the default QueryExecutor: order, take, a MemberInit projection) run by
/// <c>ToList()</c>, which LINQ's EnumerableQuery compiles on every run, against the same query on the list itself.
/// <c>dotnet run -c Release --project bench/Hamahang.Bench -- --filter *LinqToObjects* --job short --inProcess</c>
/// </summary>
[MemoryDiagnoser]
public class LinqToObjectsBenchmarks
{
    private readonly IReadOnlyList<District> _districts = MeetingData.Districts;

    [Benchmark(Baseline = true)]
    public int Enumerable() =>
        _districts.OrderBy(d => d.Number).Take(23).Select(d => new District { Id = d.Id, Number = d.Number, Name = d.Name }).ToList().Count;

    [Benchmark]
    public int Queryable() =>
        _districts.AsQueryable().OrderBy(d => d.Number).Take(23).Select(d => new District { Id = d.Id, Number = d.Number, Name = d.Name }).ToList().Count;
}

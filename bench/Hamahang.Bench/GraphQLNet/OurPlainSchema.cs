using Hamahang.GraphQL.Data;
using Hamahang.GraphQL.Types;

namespace Hamahang.Bench.GraphQLNet;

/// <summary>
/// <see cref="OurSchema"/> without the data conventions: the connections, <c>where</c> and <c>order</c> written by hand
/// as <see cref="TheirSchema"/> writes them, so the two engines run the same resolvers. The conventions build an
/// <c>IQueryable</c>, which over objects in memory (LINQ's EnumerableQuery) compiles its expression on every request;
/// this schema shows the engine without that cost.
/// </summary>
internal static class OurPlainSchema
{
    public static Schema Create() => SchemaBuilder.New()
        .AddType(typeof(NodeQueries))
        .AddType(typeof(Queries))
        .AddType(typeof(OurSchema.MeetingExtensions))
        .Create();

    [QueryType]
    public static class Queries
    {
        public static DistrictsConnection GetDistricts(int? first) => new(MeetingData.DistrictsPage(first));

        public static MeetingsConnection GetMeetings(int? first, MeetingFilterInput? where, List<MeetingSortInput>? order) =>
            new(MeetingData.MeetingsPage(first, where?.Status?.Eq, order is [{ StartsAt: { } direction }] ? direction == Sort.Desc : null));
    }

    public sealed record DistrictsConnection(List<District> Nodes);

    public sealed record MeetingsConnection(List<Meeting> Nodes);

    public sealed record MeetingFilterInput
    {
        public MeetingStatusOperationFilterInput? Status { get; init; }
    }

    public sealed record MeetingStatusOperationFilterInput
    {
        public MeetingStatus? Eq { get; init; }
    }

    public sealed record MeetingSortInput
    {
        public Sort? StartsAt { get; init; }
    }

    public enum Sort
    {
        Asc,
        Desc,
    }
}

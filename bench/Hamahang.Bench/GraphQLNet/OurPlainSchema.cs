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
        public static DistrictsConnection GetDistricts(int? first) => new(MeetingData.Districts.OrderBy(d => d.Number).Take(Page(first)).ToList());

        public static MeetingsConnection GetMeetings(int? first, MeetingFilterInput? where, List<MeetingSortInput>? order)
        {
            IEnumerable<Meeting> meetings = MeetingData.Meetings;
            if (where?.Status?.Eq is { } eq)
            {
                meetings = meetings.Where(m => m.Status == eq);
            }

            if (order is [{ StartsAt: { } direction }])
            {
                meetings = direction == Sort.Desc ? meetings.OrderByDescending(m => m.StartsAt).ThenBy(m => m.Id) : meetings.OrderBy(m => m.StartsAt).ThenBy(m => m.Id);
            }

            return new(meetings.Take(Page(first)).ToList());
        }

        private static int Page(int? first) => Math.Min(first ?? 10, 50);
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

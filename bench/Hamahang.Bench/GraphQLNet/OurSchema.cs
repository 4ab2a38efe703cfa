using System.Reflection;
using Hamahang.GraphQL.Data;
using Hamahang.GraphQL.Execution.DataLoaders;
using Hamahang.GraphQL.Types;

namespace Hamahang.Bench.GraphQLNet;

/// <summary>
/// <see cref="MeetingData"/> in Hamahang's attribute model, as api/ writes it (DistrictQueries, MeetingQueries,
/// MeetingExtensions, NodeQueries): paged, projected, filtered and sorted lists, a meeting's districts and attendees
/// loaded by one group loader per level, and <c>node</c> through an <see cref="INodeLoader"/>; here every resolver
/// reads the lists in memory instead of the database.
/// </summary>
internal static class OurSchema
{
    public static Schema Create() => SchemaBuilder.New()
        .AddType(typeof(NodeQueries))
        .AddType(typeof(Queries))
        .AddType(typeof(MeetingExtensions))
        .Create();

    /// <summary>The request's services: only the node loader.</summary>
    public static IServiceProvider Services { get; } = new NodeServices();

    [QueryType]
    public static class Queries
    {
        [UsePaging]
        [UseProjection]
        [UseFiltering]
        [UseSorting]
        public static IQueryable<District> GetDistricts() => MeetingData.Districts.AsQueryable().OrderBy(d => d.Number);

        [UsePaging]
        [UseProjection]
        [UseFiltering]
        [UseSorting]
        public static IQueryable<Meeting> GetMeetings() => MeetingData.Meetings.AsQueryable();
    }

    [ExtendObjectType(typeof(Meeting))]
    public static class MeetingExtensions
    {
        [Cost(1)]
        public static Task<District[]> GetDistricts([Parent] Meeting meeting, MeetingDistrictsDataLoader districts) =>
            districts.LoadAsync(meeting.Id);

        [Cost(1)]
        public static Task<MeetingAttendee[]> GetAttendees([Parent] Meeting meeting, MeetingAttendeesDataLoader attendees) =>
            attendees.LoadAsync(meeting.Id);
    }

    /// <summary>Each meeting's districts, from memory.</summary>
    public sealed class MeetingDistrictsDataLoader : GroupedDataLoader<int, District>
    {
        protected override ValueTask<ILookup<int, District>> LoadGroupedBatchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken) =>
            new(MeetingData.DistrictsOf(keys));
    }

    /// <summary>Each meeting's attendees, from memory.</summary>
    public sealed class MeetingAttendeesDataLoader : GroupedDataLoader<int, MeetingAttendee>
    {
        protected override ValueTask<ILookup<int, MeetingAttendee>> LoadGroupedBatchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken) =>
            new(MeetingData.AttendeesOf(keys));
    }

    private sealed class NodeServices : IServiceProvider, INodeLoader
    {
        public object? GetService(Type serviceType) => serviceType == typeof(INodeLoader) ? this : null;

        public ValueTask<object?> LoadAsync(Type entityType, PropertyInfo key, object value, IServiceProvider services, CancellationToken cancellationToken) =>
            new(entityType == typeof(Meeting) ? MeetingData.MeetingsById.GetValueOrDefault((int)value) : null);
    }
}

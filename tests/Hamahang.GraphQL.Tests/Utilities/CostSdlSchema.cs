using Hamahang.GraphQL.Data;
using Hamahang.GraphQL.Types;

namespace Hamahang.GraphQL.Tests.Utilities;

/// <summary>
/// A small conference schema written as a HotChocolate user writes it (after HotChocolate's workshop): a paged,
/// filtered and sorted list, an async lookup, a field resolved by a method, a property, and a mutation.
/// </summary>
public static class CostSdlSchema
{
    public static Schema Create(bool applyDefaults = true) => SchemaBuilder.New()
        .AddQueryType<ConferenceQueries>()
        .AddMutationType<ConferenceMutations>()
        .AddMutationConventions()
        .AddCostDirectives(applyDefaults)
        .Create();

    public static readonly Session[] Sessions = [new() { Id = 1, Title = "Paging" }, new() { Id = 2, Title = "Filtering" }];

    public class ConferenceQueries
    {
        [UsePaging(IncludeTotalCount = true)]
        [UseFiltering]
        [UseSorting]
        public static IQueryable<Session> GetSessions() => Sessions.AsQueryable();

        public static Task<Session?> GetSessionByIdAsync(int id) => Task.FromResult(Sessions.FirstOrDefault(s => s.Id == id));

        [Cost(2.5)]
        public static string Motto() => "Plan well";

        [ListSize(AssumedSize = 3, RequireOneSlicingArgument = false)]
        public static IReadOnlyList<Track> Tracks() => [new() { Name = "Data" }];
    }

    public class ConferenceMutations
    {
        public static Task<Session> AddSessionAsync(string title) => Task.FromResult(new Session { Id = 3, Title = title });
    }

    public class Session
    {
        public int Id { get; set; }

        public string Title { get; set; } = string.Empty;

        public Task<Track> GetTrackAsync() => Task.FromResult(new Track { Name = Title + " track" });
    }

    [Cost(4)]
    public class Track
    {
        public string Name { get; set; } = string.Empty;
    }
}

using Hamahang.GraphQL.Types;

namespace Hamahang.GraphQL.Tests.Types.Mutations;

// A small code-first mutation schema, in the shape the domain's mutations take. No XML comments on the
// types here: they would become descriptions in the printed SDL.
#pragma warning disable CA1822, CA1032, CA1064, CA1002, IDE0060

public sealed class Meeting
{
    public int Id { get; init; }

    public string Title { get; set; } = string.Empty;
}

public sealed class NotFoundException(string entity, int id) : Exception($"{entity} {id} was not found.")
{
    public string Entity { get; } = entity;

    public int Id { get; } = id;
}

public sealed class ValidationException(string field, string message) : Exception(message)
{
    public IReadOnlyList<string> Path { get; } = [field];
}

[GraphQLName("ConcurrencyError")]
public sealed class StaleVersionException() : Exception("The meeting changed since it was read.")
{
    public int CurrentVersion { get; init; }
}

public sealed record ScheduleMeetingInput(string Title, int Attendees = 10);

// Resolvers receive services as before; the store is one.
public sealed class MeetingStore
{
    public List<Meeting> Meetings { get; } = [new() { Id = 1, Title = "Flood drill" }];

    public List<string> Calls { get; } = [];
}

[QueryType]
public static class MeetingQuery
{
    public static Meeting? Meeting(int id, [Service] MeetingStore store) => store.Meetings.Find(m => m.Id == id);
}

[MutationType]
public sealed class MeetingMutations
{
    [Error(typeof(NotFoundException))]
    [Error(typeof(ValidationException))]
    public async Task<Meeting> RenameMeetingAsync(
        int id,
        string title,
        [Service] MeetingStore store,
        IResolverContext context,
        CancellationToken cancellationToken)
    {
        await Task.Yield();
        cancellationToken.ThrowIfCancellationRequested();
        store.Calls.Add($"rename {context.Field.Name} {id}");
        if (title.Length == 0)
        {
            throw new AggregateException(new ValidationException("title", "The title is empty."), new ValidationException("title", "The title is too short."));
        }

        var meeting = store.Meetings.Find(m => m.Id == id) ?? throw new NotFoundException("Meeting", id);
        meeting.Title = title;
        return meeting;
    }

    public Meeting ScheduleMeeting(ScheduleMeetingInput input, [Service] MeetingStore store)
    {
        var meeting = new Meeting { Id = store.Meetings.Count + 1, Title = $"{input.Title} ({input.Attendees})" };
        store.Meetings.Add(meeting);
        return meeting;
    }

    [UseMutationConvention(PayloadFieldName = "cancelled")]
    public IReadOnlyList<Meeting> CancelMeetings(IReadOnlyList<int> ids, string? reason) =>
        ids.Count == 1 && ids[0] == 0
            ? throw new InvalidOperationException("secret connection string")
            : ids.Select(id => new Meeting { Id = id, Title = reason ?? "cancelled" }).ToList();

    public bool Ping() => true;
}

// A second mutation class: its class-level error applies to each of its mutations.
[MutationType]
[Error(typeof(StaleVersionException))]
public static class MinutesMutations
{
    public static string PublishMinutes(int meetingId, int version) =>
        version == 3 ? $"minutes of {meetingId}" : throw new StaleVersionException { CurrentVersion = 3 };
}

public sealed class MeetingServices(MeetingStore store) : IServiceProvider
{
    public object? GetService(Type serviceType) => serviceType == typeof(MeetingStore) ? store : null;
}

using FluentValidation;
using Hamahang.Api.Data;
using Hamahang.Api.Domain;
using Hamahang.Api.GraphQL.Authorization;
using Hamahang.Api.GraphQL.Errors;
using Hamahang.GraphQL.EntityFramework.Subscriptions;
using Microsoft.EntityFrameworkCore;

namespace Hamahang.Api.Commands;

/// <summary>
/// What every feature's commands share: the caller, input validation, loading the records an input names
/// (or <see cref="NotFoundException"/>), the version the client saw, and one save per command that writes the
/// change, its audit entries and its events together or, failing, writes nothing.
/// </summary>
public abstract class CommandService(AppDbContext db, Caller caller, IServiceProvider services)
{
    private (string Type, string Id, long Version)? expected;

    protected AppDbContext Db { get; } = db;

    protected Caller Caller { get; } = caller;

    protected DateTime Now => services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;

    /// <summary>
    /// Every command starts here, from a clean change (nothing a failed command left tracked is saved by the next one of the
    /// same request), with its input validated before anything is read or written. Which roles may run it is the mutation
    /// field's <c>[Authorize]</c>, checked before the resolver runs; rules of the records (an inspection not the caller's)
    /// are the command's.
    /// </summary>
    protected Task ValidateAsync<T>(T input, CancellationToken cancellationToken)
    {
        Db.ChangeTracker.Clear();
        return services.GetRequiredService<IValidator<T>>().ValidateInputAsync(input, cancellationToken);
    }

    /// <summary>The record <paramref name="key"/> names (the key of an id the input's formatter decoded), or <see cref="NotFoundException"/>.</summary>
    protected async Task<T> LoadAsync<T>(IQueryable<T> query, int key, CancellationToken cancellationToken)
        where T : Entity
    {
        var type = typeof(T).Name;
        return await query.FirstOrDefaultAsync(e => e.Id == key, cancellationToken) ?? throw new NotFoundException(type, Ids.Of(type, key));
    }

    protected Task<T> LoadAsync<T>(int key, CancellationToken cancellationToken)
        where T : Entity => LoadAsync(Db.Set<T>(), key, cancellationToken);

    /// <summary>The key of a record an optional input field names, after checking it exists.</summary>
    protected async Task<int?> ReferenceAsync<T>(int? key, CancellationToken cancellationToken)
        where T : Entity
    {
        if (key is not { } value)
        {
            return null;
        }

        var type = typeof(T).Name;
        return await Db.Set<T>().AnyAsync(e => e.Id == value, cancellationToken) ? value : throw new NotFoundException(type, Ids.Of(type, value));
    }

    /// <summary>
    /// The update applies only if <paramref name="entity"/> is still at <paramref name="version"/>; it is
    /// marked changed, so its version moves even when only its children change (agenda, attendees, members).
    /// </summary>
    protected void ExpectVersion<T>(T entity, long version)
        where T : Entity
    {
        ArgumentNullException.ThrowIfNull(entity);
        Db.ExpectVersion(entity, version);
        Db.Entry(entity).Property(e => e.UpdatedAt).IsModified = true;
        expected = (typeof(T).Name, Ids.Of(typeof(T).Name, entity.Id), version);
    }

    /// <summary>
    /// Saves the change, then queues the subscription event <paramref name="raise"/> makes from the saved records
    /// (their keys are known only now) into the outbox, in the same transaction (and the same round trip as the change's
    /// audit entries): the event exists exactly when the change does.
    /// </summary>
    protected async Task SaveAndRaiseAsync(Func<(string Topic, object Payload)> raise, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(raise);
        var transaction = Db.Database.CurrentTransaction is null ? await Db.BeginWriteAsync(cancellationToken) : null;
        try
        {
            await SaveAsync(
                () =>
                {
                    var (topic, payload) = raise();
                    Db.AddTopicEvent(topic, payload);
                },
                cancellationToken);
            if (transaction is not null)
            {
                await transaction.CommitAsync(cancellationToken);
            }
        }
        finally
        {
            if (transaction is not null)
            {
                await transaction.DisposeAsync();
            }
        }
    }

    /// <summary>
    /// Saves the command's change; a version that moved is a <see cref="ConcurrencyException"/>. Any other save the
    /// store refuses (a unique key or a reference that a write saved at the same moment made clash, a row it deleted)
    /// is a <see cref="ConflictException"/>: the input was validated, so only a racing write can cause it. Either way
    /// nothing is written (the save's transaction rolls back) and nothing stays tracked.
    /// </summary>
    protected Task SaveAsync(CancellationToken cancellationToken) => SaveAsync(null, cancellationToken);

    private async Task SaveAsync(Action? then, CancellationToken cancellationToken)
    {
        try
        {
            await Db.SaveOrConflictAsync(then, cancellationToken);
        }
        catch (ConflictException e) when (e.InnerException is DbUpdateConcurrencyException && expected is { } stale)
        {
            throw new ConcurrencyException(stale.Type, stale.Id, stale.Version);
        }
        finally
        {
            expected = null;
        }
    }
}

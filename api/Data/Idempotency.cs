using Hamahang.Api.Domain;
using Hamahang.Api.GraphQL.Authorization;
using Hamahang.Api.GraphQL.Errors;
using Microsoft.EntityFrameworkCore;

namespace Hamahang.Api.Data;

/// <summary>
/// Create mutations with a client idempotency key: the first call creates and records its result under
/// (operation, caller, key) in the same transaction; a retry with the same key by the same caller returns that
/// result and creates nothing. Two calls racing with one key: the unique index lets one record win, the other's
/// transaction rolls back whole, and it returns the winner's result.
/// </summary>
public static class Idempotency
{
    public const int MaxKeyLength = 128;

    public static async Task<T> CreateOnceAsync<T>(this AppDbContext db, string operation, string? key, Caller caller, Func<Task<T>> create,
        CancellationToken cancellationToken)
        where T : Entity
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(create);
        if (string.IsNullOrEmpty(key))
        {
            return await create();
        }

        if (await FindAsync<T>(db, operation, key, caller, cancellationToken) is { } first)
        {
            return first;
        }

        await using var transaction = await db.BeginWriteAsync(cancellationToken);
        var result = await create();
        db.IdempotencyRecords.Add(new IdempotencyRecord { Operation = operation, Key = key, Caller = caller.Name, ResultType = typeof(T).Name,
            ResultId = result.Id });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return result;
        }
        catch (DbUpdateException e) when (e is not DbUpdateConcurrencyException)
        {
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            if (await FindAsync<T>(db, operation, key, caller, cancellationToken) is { } winner)
            {
                return winner;
            }

            // Refused for another reason than the key (a clash with another write): nothing was written.
            throw new ConflictException(e);
        }
    }

    private static async Task<T?> FindAsync<T>(AppDbContext db, string operation, string key, Caller caller, CancellationToken cancellationToken)
        where T : Entity
    {
        var record = await db.IdempotencyRecords.AsNoTracking()
            .FirstOrDefaultAsync(r => r.Operation == operation && r.Caller == caller.Name && r.Key == key, cancellationToken);
        return record is null ? null : await db.Set<T>().FirstOrDefaultAsync(e => e.Id == record.ResultId, cancellationToken);
    }
}

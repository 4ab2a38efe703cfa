using System.Collections.Concurrent;
using System.Linq.Expressions;
using Hamahang.Api.Domain;
using Hamahang.Api.GraphQL.Errors;

namespace Hamahang.Api.GraphQL.Authorization;

/// <summary>
/// Who is calling, for the whole scope (a request, a command, the seed): resolvers take it as a parameter, authorization
/// asks it its questions, and the <see cref="Data.AppDbContext"/> records its <see cref="Name"/> in every audit entry.
/// A scope starts as the host itself (<c>system</c>: migrations, the seed, commands); the API-key interceptor
/// identifies a request's caller once it knows the key (<see cref="Identify"/>).
/// </summary>
public sealed class Caller
{
    // The read policies built for this caller, per entity type: a response asks for them once per row. Made on first
    // use: a request that reads no rows (or only the key's own) makes none.
    private ConcurrentDictionary<Type, (Identity Who, LambdaExpression? Policy)>? _policies;
    private Identity _who = Identity.Host;

    /// <summary>
    /// What audit entries, finding history and idempotency records name the caller by: <c>apikey:7:Editor</c>,
    /// <c>anonymous</c>, <c>system</c>.
    /// </summary>
    public string Name => _who.Name;

    /// <summary>The role of the caller's key; none for an anonymous caller and the host.</summary>
    public ApiKeyRole? Role => _who.Role;

    public int? ApiKeyId => _who.ApiKeyId;

    /// <summary>The organization the key acts for, if it is bound to one.</summary>
    public int? OrganizationId => _who.OrganizationId;

    /// <summary>The person the key is bound to, if any.</summary>
    public int? PersonId => _who.PersonId;

    public bool IsAuthenticated => Role is not null;

    /// <summary>Editors and admins read everything.</summary>
    public bool ReadsEverything => Role is ApiKeyRole.Admin or ApiKeyRole.Editor;

    /// <summary>
    /// Everything the read policies read of the caller (its role, organization and person), as one value: two callers with
    /// equal scopes are given the same rows, so a DataLoader's query compiled for one serves the other
    /// (<see cref="Hamahang.GraphQL.EntityFramework.CompiledBatchQueries"/>).
    /// </summary>
    public object ReadScope => _who.Scope;

    /// <summary>The caller is the holder of <paramref name="key"/> (a verified key), or anonymous when it presented none.</summary>
    public void Identify(ApiKey? key) =>
        _who = key is null ? Identity.Anonymous : new($"apikey:{key.Id}:{key.Role}", key.Role, key.Id, key.OrganizationId, key.PersonId);

    /// <summary>The host works under a name of its own (<c>system:seed</c>), with no role.</summary>
    public void IdentifyAs(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        _who = new(name);
    }

    public bool IsInRole(params ApiKeyRole[] roles) => Role is { } role && (roles.Length == 0 || roles.Contains(role));

    /// <summary>Throws the GraphQL error for a caller who may not do this: not authenticated, or not in <paramref name="roles"/>.</summary>
    public void Require(params ApiKeyRole[] roles)
    {
        if (!IsAuthenticated)
        {
            throw AuthErrors.NotAuthenticated();
        }

        if (!IsInRole(roles))
        {
            throw AuthErrors.NotAuthorized();
        }
    }

    /// <summary>True when the caller acts for <paramref name="organizationId"/> (its key is bound to it).</summary>
    public bool ActsFor(int? organizationId) => organizationId is not null && organizationId == OrganizationId;

    /// <summary>
    /// True when <paramref name="inspection"/> is the caller's to run: it names the key's person among its inspectors, or the
    /// key's organization inspects; admins run every inspection.
    /// </summary>
    public bool IsAssignedTo(Inspection inspection)
    {
        ArgumentNullException.ThrowIfNull(inspection);
        return Role == ApiKeyRole.Admin
            || (PersonId is { } person && inspection.Inspectors.Any(i => i.PersonId == person))
            || (OrganizationId is { } organization && inspection.InspectingOrganizationId == organization);
    }

    /// <summary>
    /// A rule of the record, not of the role (the field's <see cref="AuthorizeAttribute"/> already admitted the role):
    /// a <see cref="NotAuthorizedException"/> (the payload's <c>NotAuthorizedError</c>) unless the inspection is the caller's.
    /// </summary>
    public void RequireAssignedTo(Inspection inspection, string action)
    {
        if (!IsAssignedTo(inspection))
        {
            throw new NotAuthorizedException($"Only the inspectors of this inspection may {action}.");
        }
    }

    /// <summary>The caller's read policy for <paramref name="entityType"/>, built by <paramref name="build"/> once per identity.</summary>
    internal LambdaExpression? Policy(Type entityType, Func<Type, Caller, LambdaExpression?> build)
    {
        var who = _who;
        var policies = LazyInitializer.EnsureInitialized(ref _policies);
        if (policies.TryGetValue(entityType, out var known) && ReferenceEquals(known.Who, who))
        {
            return known.Policy;
        }

        var policy = build(entityType, this);
        policies[entityType] = (who, policy);
        return policy;
    }

    // One immutable identity at a time, so a policy built for one is never served to the next.
    private sealed record Identity(string Name, ApiKeyRole? Role = null, int? ApiKeyId = null, int? OrganizationId = null, int? PersonId = null)
    {
        public object Scope { get; } = new Scope(Role, OrganizationId, PersonId);

        public static Identity Host { get; } = new("system");

        public static Identity Anonymous { get; } = new("anonymous");
    }
}

/// <summary>What <see cref="Caller.ReadScope"/> holds.</summary>
internal readonly record struct Scope(ApiKeyRole? Role, int? OrganizationId, int? PersonId);

using System.Collections.Concurrent;
using System.Linq.Expressions;
using Hamahang.Api.Data;
using Hamahang.Api.Domain;

namespace Hamahang.Api.GraphQL.Authorization;

/// <summary>
/// Who is asking, for resolvers: the actor the API-key interceptor set for this request, with the
/// questions authorization asks of it. Scoped; take it as a resolver parameter.
/// </summary>
public sealed class Caller(ICurrentActor current)
{
    // The read policies built for this caller, per entity type: a response asks for them once per row.
    private readonly ConcurrentDictionary<Type, (Actor Actor, LambdaExpression? Policy)> _policies = new();

    /// <summary>The actor of a request that presented no key.</summary>
    public static Actor Anonymous { get; } = new("anonymous");

    public Actor Actor => current.Actor;

    public bool IsAuthenticated => Actor.Role is not null;

    public ApiKeyRole? Role => Actor.Role;

    public int? OrganizationId => Actor.OrganizationId;

    public int? PersonId => Actor.PersonId;

    /// <summary>Editors and admins read everything.</summary>
    public bool ReadsEverything => Role is ApiKeyRole.Admin or ApiKeyRole.Editor;

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

    /// <summary>The caller's read policy for <paramref name="entityType"/>, built by <paramref name="build"/> once per actor.</summary>
    internal LambdaExpression? Policy(Type entityType, Func<Type, Caller, LambdaExpression?> build)
    {
        var actor = Actor;
        if (_policies.TryGetValue(entityType, out var known) && ReferenceEquals(known.Actor, actor))
        {
            return known.Policy;
        }

        var policy = build(entityType, this);
        _policies[entityType] = (actor, policy);
        return policy;
    }
}

using Hamahang.Api.Domain;
using Hamahang.GraphQL.Types;
using Hamahang.GraphQL.Types.CodeFirst;
using Microsoft.Extensions.DependencyInjection;

namespace Hamahang.Api.GraphQL.Authorization;

/// <summary>
/// The field answers only authenticated callers (AUTH_NOT_AUTHENTICATED otherwise) in one of
/// <see cref="Roles"/> (AUTH_NOT_AUTHORIZED otherwise; no roles means any role). It always runs
/// first, before paging, filtering and the resolver, wherever it is written. Which rows a caller
/// sees is the resolver's business: see <see cref="ReadPolicy"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Method, AllowMultiple = false, Inherited = true)]
public sealed class AuthorizeAttribute(params ApiKeyRole[] roles) : FieldConventionAttribute(order: 0)
{
    /// <summary>The key under which the field's metadata records its roles (a test checks every root field has it).</summary>
    public const string MetadataKey = "Hamahang.Api.Authorize";

    public IReadOnlyList<ApiKeyRole> Roles { get; } = roles;

    public override void Apply(FieldConventionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var roles = Roles.ToArray();
        context.Field.Metadata[MetadataKey] = roles;
        context.Use(next => c =>
        {
            c.Services.GetRequiredService<Caller>().Require(roles);
            return next(c);
        });

        // A subscription field is refused when it subscribes, not only when an event arrives.
        if (context.Field.Subscribe is { } subscribe)
        {
            context.Field.Subscribe = c =>
            {
                c.Services.GetRequiredService<Caller>().Require(roles);
                return subscribe(c);
            };
        }
    }
}

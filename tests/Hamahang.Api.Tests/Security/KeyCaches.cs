using Hamahang.Api.Security;
using Microsoft.Extensions.Options;

namespace Hamahang.Api.Tests.Security;

/// <summary>A host's key cache, as the host builds it (default options), on the given clock.</summary>
internal static class KeyCaches
{
    public static ApiKeyCache New(TimeProvider? clock = null) =>
        new(Options.Create(new ApiKeyCacheOptions()), clock ?? TimeProvider.System);
}

/// <summary>A clock that says what it was last set to.</summary>
internal sealed class SettableClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}

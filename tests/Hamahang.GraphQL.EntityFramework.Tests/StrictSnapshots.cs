using System.Runtime.CompilerServices;

namespace Hamahang.Tests;

/// <summary>
/// Snapshooter creates a missing snapshot and passes unless <c>SNAPSHOOTER_STRICT_MODE</c> is on; a CI run
/// (<c>CI=true</c>, as .ci/run and most build servers set it) turns it on, so there a missing snapshot fails.
/// </summary>
internal static class StrictSnapshots
{
    [ModuleInitializer]
    internal static void OnInCi()
    {
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase)
            && Environment.GetEnvironmentVariable("SNAPSHOOTER_STRICT_MODE") is null)
        {
            Environment.SetEnvironmentVariable("SNAPSHOOTER_STRICT_MODE", "true");
        }
    }
}

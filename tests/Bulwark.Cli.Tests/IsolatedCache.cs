using System.Runtime.CompilerServices;

namespace Bulwark.Cli.Tests;

/// <summary>
/// Points the vulnerability-database cache of every test at an empty folder of its own before any test runs, so a
/// developer's real ~/.cache/bulwark never changes what a scan reports (tests that need a database pass --cache-dir).
/// </summary>
internal static class IsolatedCache
{
    [ModuleInitializer]
    internal static void Isolate() =>
        Environment.SetEnvironmentVariable("BULWARK_CACHE_DIR", Path.Combine(Path.GetTempPath(), "bulwark-test-cache-" + Guid.NewGuid().ToString("N")[..12]));
}

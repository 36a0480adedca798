using Bulwark.Server.Changes;
using Bulwark.Server.Directories;
using Bulwark.Server.Trackers;

namespace Bulwark.Server;

/// <summary>How <c>bulwark server</c> runs.</summary>
/// <param name="Listen">The URL to serve on (<c>http://127.0.0.1:8080</c>; port 0 picks a free one).</param>
/// <param name="DataDirectory">Where the embedded database lives when <paramref name="Database"/> is not given.</param>
/// <param name="Database">A PostgreSQL connection string (<c>Host=…;Database=…</c>), or null for SQLite in the data directory.</param>
/// <param name="Ledger">The ledger every change is recorded in (made with <c>bulwark ledger init</c>), or null for none.</param>
/// <param name="Directory">The directory people sign in to the web UI with (<see cref="DirectoryConfig.Load"/>), or null for tokens only.</param>
/// <param name="Trackers">The issue trackers findings are pushed to (<see cref="TrackerConfig.Load(string)"/>), or null for none.</param>
/// <param name="FourEye">Approvals needed per kind of change and how long requests wait (<see cref="FourEyeRules.Load"/>), or null for one approval and 7 days.</param>
public sealed record ServerOptions(string Listen, string DataDirectory, string? Database, string? Ledger = null, DirectoryConfig? Directory = null, TrackerConfig? Trackers = null, FourEyeRules? FourEye = null)
{
    /// <summary>The default address: loopback only, so a fresh install is not reachable from the network.</summary>
    public const string DefaultListen = "http://127.0.0.1:8080";

    /// <summary>The default data directory: <c>~/.local/share/bulwark/server</c>.</summary>
    public static string DefaultDataDirectory =>
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify), "bulwark", "server");
}

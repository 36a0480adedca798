using Bulwark.Sdk;

namespace Bulwark.Scanners.Integrity;

/// <summary>What an integrity command works on: the root, the baseline file and the key.</summary>
/// <param name="Root">The root tree on this machine.</param>
/// <param name="Database">The baseline file.</param>
/// <param name="KeyFile">The key file, or null for the pair beside the baseline.</param>
public sealed record FimTarget(string Root, string Database, string? KeyFile)
{
    /// <summary>Reads the target from the integrity settings; problems name where each bad value came from.</summary>
    public static Created<FimTarget> Read(ISettingValues settings)
    {
        var root = settings.ResolvePath(IntegrityModule.Root.Key, settings.Get(IntegrityModule.Root.Key) ?? "/");
        var database = settings.ResolvePath(IntegrityModule.Database.Key, settings.Get(IntegrityModule.Database.Key)!);
        var key = settings.Get(IntegrityModule.Key.Key) is { Length: > 0 } k ? settings.ResolvePath(IntegrityModule.Key.Key, k) : null;
        return Directory.Exists(root)
            ? Created<FimTarget>.Ok(new FimTarget(root, database, key))
            : Created<FimTarget>.Failed(settings.Where(IntegrityModule.Root.Key), $"root not found: {root}");
    }
}

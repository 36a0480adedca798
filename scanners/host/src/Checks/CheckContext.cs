using System.Collections.Concurrent;
using Bulwark.Scanners.Host.Commands;
using Bulwark.Scanners.Host.Config;
using Bulwark.Scanners.Host.Files;
using Bulwark.Scanners.Host.Inventory;

namespace Bulwark.Scanners.Host.Checks;

/// <summary>
/// What checks read the audited system through, with what several checks share read once: users and groups,
/// the installed packages, and every configuration file as its program reads it.
/// </summary>
public sealed class CheckContext(IHostFiles files, IReadOnlyList<string> extraPasswordFiles)
{
    private readonly IHostFiles _files = new WalkCache(files);
    private readonly Lazy<HostUsers> _users = new(() => HostUsers.Load(files));
    private readonly Lazy<PackageInventory> _packages = new(() => InstalledPackages.Read(files));
    private readonly ConcurrentDictionary<(string Syntax, string Path), Lazy<ConfigRead>> _configs = new();
    private readonly ConcurrentDictionary<string, Lazy<string?>> _commands = new(StringComparer.Ordinal);

    /// <summary>The audited system's files (walks shared between the checks of the audit).</summary>
    public IHostFiles Files => _files;

    /// <summary>Password lists users added to the shipped one.</summary>
    public IReadOnlyList<string> ExtraPasswordFiles { get; } = extraPasswordFiles;

    /// <summary>The audited system's users and groups.</summary>
    public HostUsers Users => _users.Value;

    /// <summary>The audited system's installed packages.</summary>
    public PackageInventory Packages => _packages.Value;

    /// <summary>The configuration at <paramref name="path"/> read with <paramref name="syntax"/>, once per audit.</summary>
    public ConfigRead Config(IConfigSyntax syntax, string path) =>
        _configs.GetOrAdd((syntax.Name, path), key => new Lazy<ConfigRead>(() => syntax.Read(Files, key.Path))).Value;

    /// <summary>The output of an allow-listed command on a live host, once per audit; null on a root tree or when it fails.</summary>
    public string? Command(string name) =>
        !Files.IsLive ? null : _commands.GetOrAdd(name, n => new Lazy<string?>(() => AllowedCommands.Run(n, Files))).Value;
}

using Bulwark.Scanners.Host.Files;

namespace Bulwark.Scanners.Host.Tests.Firewall;

/// <summary>A test tree presented as if it were the running host, so checks consult live commands too.</summary>
internal sealed class LiveView(IHostFiles tree) : IHostFiles
{
    /// <inheritdoc />
    public bool IsLive => true;

    /// <inheritdoc />
    public string Description => tree.Description;

    /// <inheritdoc />
    public HostFileInfo? Stat(string path) => tree.Stat(path);

    /// <inheritdoc />
    public HostFileResult ReadText(string path) => tree.ReadText(path);

    /// <inheritdoc />
    public IReadOnlyList<string> List(string path) => tree.List(path);

    /// <inheritdoc />
    public IReadOnlyList<string> Glob(string pattern) => tree.Glob(pattern);

    /// <inheritdoc />
    public IEnumerable<HostFileInfo> Walk(string path, Func<string, bool> skipDirectory, Action<string, string>? onSkipped = null) => tree.Walk(path, skipDirectory, onSkipped);
}

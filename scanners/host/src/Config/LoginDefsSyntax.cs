using Bulwark.Scanners.Host.Files;

namespace Bulwark.Scanners.Host.Config;

/// <summary>
/// <c>login.defs</c>: the shadow suite's <c>/etc/login.defs</c>, read as shadow's getdef does: <c>NAME VALUE</c>
/// separated by whitespace, whole-line <c>#</c> comments, names case-sensitive (<c>PASS_MAX_DAYS</c>), the last wins.
/// The same rules as <see cref="KeyValueSyntax"/>, named apart so benchmarks say which file's rules they rely on.
/// </summary>
public sealed class LoginDefsSyntax : IConfigSyntax
{
    /// <inheritdoc/>
    public string Name => "login.defs";

    /// <inheritdoc/>
    public ConfigRead Read(IHostFiles files, string path) => FlatConfig.Read(files, path, "#", FlatConfig.SplitWhitespace);

    /// <inheritdoc/>
    public ConfigEntry? Effective(IReadOnlyList<ConfigEntry> entries, string key) => FlatConfig.Last(entries, key);
}

namespace Bulwark.Scanners.Packages.Versions;

/// <summary>RPM package versions (Red Hat, AlmaLinux, Rocky Linux, SUSE, openSUSE), ordered as rpm orders them (see <see cref="RpmVersion"/>).</summary>
public sealed class RpmScheme : IVersionScheme
{
    /// <inheritdoc/>
    public string Name => "rpm";

    /// <inheritdoc/>
    public IComparable? Parse(string text) => RpmVersion.Parse(text);
}

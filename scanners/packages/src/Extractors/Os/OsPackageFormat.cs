namespace Bulwark.Scanners.Packages.Extractors.Os;

/// <summary>The package managers whose databases this folder reads; each implies a purl type and a default family.</summary>
internal enum OsPackageFormat
{
    /// <summary>dpkg (Debian, Ubuntu and their derivatives); purl type <c>deb</c>.</summary>
    Dpkg,

    /// <summary>apk (Alpine); purl type <c>apk</c>.</summary>
    Apk,

    /// <summary>rpm (Red Hat, AlmaLinux, Rocky Linux, SUSE, …); purl type <c>rpm</c>.</summary>
    Rpm,
}

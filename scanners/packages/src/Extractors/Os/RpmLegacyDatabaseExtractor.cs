using Bulwark.Scanners.Packages.Model;

namespace Bulwark.Scanners.Packages.Extractors.Os;

/// <summary>
/// rpm's databases from before SQLite: Berkeley DB (<c>var/lib/rpm/Packages</c>: RHEL and CentOS 8 and older,
/// Amazon Linux 2) and SUSE's NDB (<c>Packages.db</c>). They are recognised only to say, once, that their packages
/// are not listed, so a scan of such a system does not look clean by silence.
/// </summary>
public sealed class RpmLegacyDatabaseExtractor : IExtractor
{
    private static readonly string[] Folders = ["var/lib/rpm", "usr/lib/sysimage/rpm"];

    /// <inheritdoc/>
    public string Format => "rpm Berkeley DB and NDB databases (var/lib/rpm/Packages, Packages.db): reported as unsupported";

    /// <inheritdoc/>
    public bool Recognises(string path) => Kind(path) is not null;

    /// <inheritdoc/>
    public Extraction Extract(ExtractorInput input)
    {
        var extraction = new Extraction();
        var kind = Kind(input.Path) ?? "rpm database";

        // Some systems keep the old file beside a converted rpmdb.sqlite; the SQLite one is read, so say nothing.
        if (input.ReadOther(input.Sibling("rpmdb.sqlite")) is not null)
        {
            return extraction;
        }

        extraction.Diagnostics.Add(new PackageDiagnostic(input.Path, 0, 0,
            $"this is rpm's {kind}, which Bulwark does not read, so this system's rpm packages are not listed and not checked "
            + "against advisories; only the SQLite database (rpmdb.sqlite, rpm 4.16 and later) is supported."));
        return extraction;
    }

    private static string? Kind(string path)
    {
        foreach (var folder in Folders)
        {
            if (OsRoot.Before(path, folder + "/Packages") is not null)
            {
                return "Berkeley DB database (Packages)";
            }

            if (OsRoot.Before(path, folder + "/Packages.db") is not null)
            {
                return "NDB database (Packages.db, SUSE)";
            }
        }

        return null;
    }
}

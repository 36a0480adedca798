using System.Text.RegularExpressions;
using Bulwark.Scanners.Packages.Model;

namespace Bulwark.Scanners.Packages.Extractors.Os;

/// <summary>
/// Turns dpkg paragraphs into installed packages: Package, Version, Architecture, Source
/// (<c>name</c> or <c>name (version)</c>, defaulting to the package itself), Provides, Depends and Pre-Depends.
/// </summary>
/// <remarks>
/// Status is <c>want flag state</c> (dpkg-query(1)). A package counts when its state is <c>installed</c>, whatever
/// the want: <c>hold ok installed</c> (apt-mark hold) and <c>deinstall ok installed</c> (marked for removal, not yet
/// removed) leave the package's files on disk, which is what a vulnerability scan is about. Other states
/// (config-files, half-installed, not-installed) are skipped.
/// </remarks>
internal static partial class DpkgStanzas
{
    /// <summary>The installed packages among <paramref name="stanzas"/>.</summary>
    /// <param name="stanzas">Paragraphs of a status file or status.d entry.</param>
    /// <param name="file">The file, for diagnostics.</param>
    /// <param name="statusRequired">
    /// True for dpkg's own status file; false for distroless status.d entries, which list only installed
    /// packages and often have no Status field.
    /// </param>
    /// <param name="diagnostics">Where entries that cannot be read are reported.</param>
    public static List<InstalledPackage> Installed(IEnumerable<Deb822Stanza> stanzas, string file, bool statusRequired, List<PackageDiagnostic> diagnostics)
    {
        var installed = new List<InstalledPackage>();
        foreach (var stanza in stanzas)
        {
            var package = Read(stanza, statusRequired, out var problem);
            if (problem is not null)
            {
                diagnostics.Add(new PackageDiagnostic(file, stanza.Line, 1, problem));
            }

            if (package is not null)
            {
                installed.Add(package);
            }
        }

        return installed;
    }

    private static InstalledPackage? Read(Deb822Stanza stanza, bool statusRequired, out string? problem)
    {
        problem = null;
        if (stanza["Package"] is not { } name)
        {
            problem = "this entry has no Package field; it was skipped.";
            return null;
        }

        if (stanza["Status"] is { } status)
        {
            var words = status.Split((char[])[' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            if (words.Length != 3)
            {
                problem = $"package '{name}' has Status '{status}', not the three words 'want flag state'; it was skipped.";
                return null;
            }

            if (words[2] != "installed")
            {
                return null;
            }
        }
        else if (statusRequired)
        {
            problem = $"package '{name}' has no Status field, so whether it is installed is unknown; it was skipped.";
            return null;
        }

        if (stanza["Version"] is not { } version)
        {
            problem = $"installed package '{name}' has no Version field; it was skipped.";
            return null;
        }

        string? sourceName = null, sourceVersion = null;
        if (stanza["Source"] is { } source)
        {
            if (SourceField().Match(source) is { Success: true } match)
            {
                sourceName = match.Groups[1].Value;
                sourceVersion = match.Groups[2].Success ? match.Groups[2].Value.Trim() : null;
            }
            else
            {
                problem = $"package '{name}' has Source '{Deb822Reader.Shorten(source)}', not 'name' or 'name (version)'; the package itself is taken as its source.";
            }
        }

        return new InstalledPackage(name, version, stanza.Line)
        {
            Architecture = stanza["Architecture"],
            SourceName = sourceName,
            SourceVersion = sourceVersion,
            Provides = DpkgRelations.Names(stanza["Provides"]),
            Requires = [.. DpkgRelations.Requirements(stanza["Pre-Depends"]), .. DpkgRelations.Requirements(stanza["Depends"])],
        };
    }

    [GeneratedRegex(@"^([^\s()]+)(?:\s*\(([^()]+)\))?$")]
    private static partial Regex SourceField();
}

using Bulwark.Scanners.Packages.Model;

namespace Bulwark.Scanners.Packages.Extractors.Os;

/// <summary>
/// What both dpkg readers (the status database and distroless status.d entries) do with a file: refuse one that
/// arrived as binary, read its paragraphs, keep the installed packages and list them under the distribution
/// found at the image's root.
/// </summary>
internal static class DpkgDatabase
{
    /// <summary>The installed packages of <paramref name="input"/>, a dpkg database of the image at <paramref name="root"/>.</summary>
    /// <param name="input">The status file or status.d entry.</param>
    /// <param name="root">The image's root folder ("" at the top of the scan).</param>
    /// <param name="statusRequired">Whether a paragraph must have a Status field to count as installed.</param>
    /// <param name="whenEmpty">The diagnostic's message when the file holds no paragraph and no other problem was found; null to say nothing.</param>
    public static Extraction Extract(ExtractorInput input, string root, bool statusRequired, string? whenEmpty = null)
    {
        var extraction = new Extraction();
        if ((input.Text.Length == 0 && input.Bytes.Length > 0) || input.Text.Contains('\0', StringComparison.Ordinal))
        {
            // The scan judged it binary: it is not the text format dpkg writes.
            extraction.Diagnostics.Add(new PackageDiagnostic(input.Path, 0, 0, "this dpkg database is binary, not the text format dpkg writes; it was not read."));
            return extraction;
        }

        var stanzas = Deb822Reader.Read(input.Text, input.Path, extraction.Diagnostics);
        var installed = DpkgStanzas.Installed(stanzas, input.Path, statusRequired, extraction.Diagnostics);
        if (whenEmpty is not null && stanzas.Count == 0 && extraction.Diagnostics.Count == 0)
        {
            extraction.Diagnostics.Add(new PackageDiagnostic(input.Path, 0, 0, whenEmpty));
        }

        InstalledPackages.Add(extraction, input.Path, OsPackageFormat.Dpkg, DistributionDetector.Detect(root, OsPackageFormat.Dpkg, input.ReadOther), installed);
        return extraction;
    }
}

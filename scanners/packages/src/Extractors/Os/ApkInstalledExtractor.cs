using Bulwark.Scanners.Packages.Model;

namespace Bulwark.Scanners.Packages.Extractors.Os;

/// <summary>
/// Alpine's database of installed packages, <c>lib/apk/db/installed</c>: blank-line separated records of
/// one-letter <c>X:value</c> lines, of which P (name), V (version), A (architecture), o (origin, the source
/// package), D (dependencies) and p (provides) are read.
/// </summary>
public sealed class ApkInstalledExtractor : IExtractor
{
    private const string Suffix = "lib/apk/db/installed";

    /// <inheritdoc/>
    public string Format => "apk installed database (lib/apk/db/installed)";

    /// <inheritdoc/>
    public bool Recognises(string path) => OsRoot.Before(path, Suffix) is not null;

    /// <inheritdoc/>
    public Extraction Extract(ExtractorInput input)
    {
        var extraction = new Extraction();
        if ((input.Text.Length == 0 && input.Bytes.Length > 0) || input.Text.Contains('\0', StringComparison.Ordinal))
        {
            extraction.Diagnostics.Add(new PackageDiagnostic(input.Path, 0, 0, "this apk database is binary, not the text format apk writes; it was not read."));
            return extraction;
        }

        var installed = new List<InstalledPackage>();
        foreach (var record in ApkRecords.Read(input.Text, input.Path, extraction.Diagnostics))
        {
            if (ToPackage(record, input.Path, extraction.Diagnostics) is { } package)
            {
                installed.Add(package);
            }
        }

        var root = OsRoot.Before(input.Path, Suffix) ?? "";
        InstalledPackages.Add(extraction, input.Path, OsPackageFormat.Apk, DistributionDetector.Detect(root, OsPackageFormat.Apk, input.ReadOther), installed);
        return extraction;
    }

    private static InstalledPackage? ToPackage(ApkRecord record, string file, List<PackageDiagnostic> diagnostics)
    {
        var name = record.First('P');
        var version = record.First('V');
        if (name is null || version is null)
        {
            var message = name is null ? "this package record has no name (P:); it was skipped." : $"package '{name}' has no version (V:); it was skipped.";
            diagnostics.Add(new PackageDiagnostic(file, record.Line, 1, message));
            return null;
        }

        return new InstalledPackage(name, version, record.Line)
        {
            Architecture = record.First('A'),
            SourceName = record.First('o'),
            Provides = [.. record.All('p').SelectMany(Tokens)],
            Requires = [.. record.All('D').SelectMany(Tokens).Where(t => t[0] != '!').Select(t => (IReadOnlyList<string>)[t])],
        };
    }

    // "so:libc.musl-x86_64.so.1 busybox=1.36.1-r15 cmd:sh": a dependency or provide is a name, optionally followed
    // by a version constraint; "!name" is a conflict.
    private static IEnumerable<string> Tokens(string value) =>
        value.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(token => token.IndexOfAny(['=', '<', '>', '~']) is var at and > 0 ? token[..at] : token)
            .Where(token => token.Length > 0);
}

using System.Globalization;
using Bulwark.Scanners.Packages.Matching;
using Bulwark.Scanners.Packages.Model;
using Bulwark.Sdk;

namespace Bulwark.Scanners.Packages.Scanning;

/// <summary>Turns vulnerability matches and unreadable package files into findings.</summary>
public static class PackageFindings
{
    /// <summary>The pseudo-rule for package files that cannot be read.</summary>
    public const string ParseErrorRule = "packages/parse-error";

    /// <summary>The pseudo-rule for packages that could not be checked (no exact version, unknown release).</summary>
    public const string UncheckedRule = "packages/unchecked";

    /// <summary>The parse-error pseudo-rule's description.</summary>
    public static RuleInfo ParseErrorInfo { get; } = new()
    {
        Id = ParseErrorRule,
        Title = "Package file could not be read",
        Severity = Sdk.Severity.Info,
        Description = "A lockfile, manifest, SBOM or package database is malformed, so some of its packages could not be checked (the rest of the scan went on). The scan fails on it only with --fail-on-error.",
        Remediation = "Fix the file (regenerate the lockfile with its package manager), or exclude it if it is a fixture.",
        References = ["CWE-1104"],
    };

    /// <summary>The unchecked pseudo-rule's description (off by default: unpinned manifests are common).</summary>
    public static RuleInfo UncheckedInfo { get; } = new()
    {
        Id = UncheckedRule,
        Title = "Package could not be checked for vulnerabilities",
        Severity = Sdk.Severity.Info,
        Description = "A package has no exact version (an unpinned requirement, a version from a parent POM outside the scan) or comes from an OS release that could not be determined, so no advisory can be matched to it.",
        Remediation = "Pin exact versions with a lockfile (pip-compile, npm ci, a Maven parent in the scan) so every component can be checked.",
        References = ["CWE-1104"],
        EnabledByDefault = false,
    };

    /// <summary>The finding for one vulnerability of one package.</summary>
    public static Finding For(VulnerabilityMatch match, SeverityRating rating)
    {
        var package = match.Package;
        var primary = match.Primary;
        var others = match.Ids.Skip(1).ToList();
        var installed = package.SourceName is not null && package.SourceName != package.Name
            ? $"{package.Name} {package.Version} (source package {package.SourceName}{(package.SourceVersion is null ? "" : " " + package.SourceVersion)})"
            : $"{package.Name} {package.Version}";
        var fix = match.FixedIn.Count > 0 ? $"Fixed in {string.Join(", ", match.FixedIn)}." : "No fixed version is known yet.";
        var summary = (primary.Summary.Length > 0 ? primary.Summary : "known vulnerability").TrimEnd('.', ' ');
        var properties = new Dictionary<string, string>
        {
            ["purl"] = package.Purl,
            ["ecosystem"] = package.OsvEcosystem,
            ["package"] = package.Name,
            ["installedVersion"] = package.Version,
            ["fixedVersions"] = string.Join(", ", match.FixedIn),
            ["aliases"] = string.Join(", ", others),
            ["severitySource"] = rating.Source,
            ["dependency"] = package.Scope.ToString().ToLowerInvariant(),
        };
        if (rating.Vector is not null)
        {
            properties["cvssVector"] = rating.Vector;
            properties["cvssScore"] = rating.Score!.Value.ToString("0.0", CultureInfo.InvariantCulture);
        }

        if (package.SourceName is not null)
        {
            properties["sourcePackage"] = package.SourceName;
        }

        if (package.Development)
        {
            properties["development"] = "true";
        }

        return new Finding
        {
            Scanner = PackagesModule.Id,
            RuleId = primary.Id,
            Severity = rating.Severity,
            Title = $"{package.Name}: {summary}",
            Message = $"{installed} is affected by {primary.Id}{(others.Count > 0 ? $" ({string.Join(", ", others)})" : "")}: {summary}. {fix}",
            Location = new Location(package.File, Math.Max(1, package.Line), Math.Max(1, package.Line)),
            Fingerprint = Fingerprints.Of(PackagesModule.Id, primary.Id, package.File, package.OsvEcosystem, package.Name, package.Version),
            Evidence = $"{package.Name}@{package.Version}",
            References = [.. new[] { primary.Url, $"https://osv.dev/vulnerability/{primary.Id}" }.OfType<string>().Distinct(), .. others.Where(o => o.StartsWith("CVE-", StringComparison.Ordinal) || o.StartsWith("CWE-", StringComparison.Ordinal))],
            Remediation = match.FixedIn.Count > 0
                ? $"Upgrade {package.Name} to {match.FixedIn[0]} or later{(package.Scope == DependencyScope.Transitive ? " (it is a transitive dependency: upgrade or override the package that pulls it in)" : "")}."
                : "No fixed version exists yet: remove or replace the package, or accept the risk with a suppression that names a review date.",
            Properties = properties,
        };
    }

    /// <summary>The finding for a package file that could not be read.</summary>
    public static Finding ForDiagnostic(PackageDiagnostic diagnostic) => new()
    {
        Scanner = PackagesModule.Id,
        RuleId = ParseErrorRule,
        Severity = Sdk.Severity.Info,
        Title = ParseErrorInfo.Title,
        Message = $"{diagnostic.File}:{Math.Max(1, diagnostic.Line)}{(diagnostic.Column > 0 ? ":" + diagnostic.Column.ToString(CultureInfo.InvariantCulture) : "")}: {diagnostic.Message}",
        Location = new Location(diagnostic.File, Math.Max(1, diagnostic.Line), Math.Max(1, diagnostic.Line)) { StartColumn = diagnostic.Column > 0 ? diagnostic.Column : null },
        Fingerprint = Fingerprints.Of(PackagesModule.Id, ParseErrorRule, diagnostic.File, diagnostic.Message),
        Properties = new Dictionary<string, string> { [Finding.ScanErrorProperty] = "true" },
    };

    /// <summary>The finding for a package that could not be checked.</summary>
    public static Finding ForUnchecked(Package package, string reason) => new()
    {
        Scanner = PackagesModule.Id,
        RuleId = UncheckedRule,
        Severity = Sdk.Severity.Info,
        Title = UncheckedInfo.Title,
        Message = $"{package.Name}{(package.Version.Length > 0 ? " " + package.Version : "")} was not checked: {reason}{(package.Note is null ? "" : $" ({package.Note})")}.",
        Location = new Location(package.File, Math.Max(1, package.Line), Math.Max(1, package.Line)),
        Fingerprint = Fingerprints.Of(PackagesModule.Id, UncheckedRule, package.File, package.Ecosystem, package.Name),
        Evidence = package.Name,
        Remediation = UncheckedInfo.Remediation,
        Properties = new Dictionary<string, string> { ["purl"] = package.Purl, ["ecosystem"] = package.OsvEcosystem },
    };
}

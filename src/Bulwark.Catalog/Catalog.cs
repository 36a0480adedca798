using Bulwark.Scanners.Detection;
using Bulwark.Scanners.Host;
using Bulwark.Scanners.Iac;
using Bulwark.Scanners.Integrity;
using Bulwark.Scanners.Packages;
using Bulwark.Scanners.Secrets;
using Bulwark.Sdk;

namespace Bulwark.Catalog;

/// <summary>
/// The one place that knows every scanner. Adding a scanner is a folder under <c>scanners/</c> and one line
/// here, kept sorted by id; a test fails on a duplicate id.
/// </summary>
public static class Catalog
{
    /// <summary>Every scanner module, sorted by id.</summary>
    public static IReadOnlyList<IScannerModule> Scanners { get; } =
    [
        new IacModule(),
        new PackagesModule(),
        new SecretsModule(),
    ];

    /// <summary>
    /// The audits: modules that read a system rather than a tree of files (<c>bulwark audit host</c>). They plan
    /// like scanners (settings, config, rule overrides, gate) but <c>bulwark scan</c> does not run them.
    /// </summary>
    public static IReadOnlyList<IScannerModule> Audits { get; } =
    [
        new DetectionModule(),
        new HostModule(),
        new IntegrityModule(),
    ];

    /// <summary>Every report format: the built-in ones and those scanner modules add, sorted by format id.</summary>
    public static IReadOnlyList<IReporter> Reporters { get; } =
        [.. Bulwark.Reporters.Reporters.All.Concat(Scanners.SelectMany(s => s.Reporters)).OrderBy(r => r.Format, StringComparer.Ordinal)];
}

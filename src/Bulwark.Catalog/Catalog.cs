using Bulwark.Scanners.Iac;
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
        new SecretsModule(),
    ];

    /// <summary>Every report format (their list lives with the reporters, sorted by format id).</summary>
    public static IReadOnlyList<IReporter> Reporters => Bulwark.Reporters.Reporters.All;
}

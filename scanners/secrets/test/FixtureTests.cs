using Bulwark.Scanners.Secrets.Loading;
using Bulwark.Scanners.Secrets.Verify;

namespace Bulwark.Scanners.Secrets.Tests;

/// <summary>
/// Each folder under Fixtures/ is one scenario named as a sentence; beside it, NAME.expected.txt lists the
/// findings (path:line rule) the built-in rules must report for it, no more and no fewer.
/// </summary>
public class FixtureTests
{
    private static readonly string Root = Path.Combine(AppContext.BaseDirectory, "Fixtures");

    public static TheoryData<string> Scenarios() => [.. Directory.GetDirectories(Root).Select(Path.GetFileName).OfType<string>().Order()];

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Each_scenario_reports_exactly_its_expected_findings(string scenario)
    {
        var set = SecretRuleSet.BuiltIn.Value!;
        var scanner = new SecretsScanner(new Sdk.ScannerInfo("secrets", "test", "test"), set, rule => rule.EnabledByDefault);
        var folder = Path.Combine(Root, scenario);
        var actual = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(folder, file).Replace('\\', '/'))
            .SelectMany(path => RuleVerifier.Run(scanner, File.ReadAllText(Path.Combine(folder, path)), path))
            .Select(f => $"{f.Location.Path}:{f.Location.StartLine} {f.RuleId}")
            .Order(StringComparer.Ordinal)
            .ToList();
        var expected = File.ReadAllLines(Path.Combine(Root, scenario + ".expected.txt")).Where(l => l.Length > 0).ToList();
        Assert.Equal(expected, actual);
    }
}

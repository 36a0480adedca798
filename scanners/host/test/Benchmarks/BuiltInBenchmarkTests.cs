using Bulwark.Scanners.Host.Auditing;
using Bulwark.Scanners.Host.Benchmarks;
using Bulwark.Scanners.Host.Checks;
using Bulwark.Scanners.Host.Model;

namespace Bulwark.Scanners.Host.Tests.Benchmarks;

/// <summary>
/// Every built-in benchmark loads without a problem, and runs on its fixture trees: the hardened tree passes
/// every check (or the check does not apply), the weak tree fails the checks its fixture lists.
/// </summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class BuiltInBenchmarkTests
{
    private static readonly Sdk.Created<IReadOnlyList<Benchmark>> Loaded = BenchmarkLoader.LoadBuiltIn();

    private static IReadOnlyList<Benchmark> BuiltIn
    {
        get
        {
            Assert.True(Loaded.Succeeded, string.Join("\n", Loaded.Problems));
            return Loaded.Value!;
        }
    }

    public static TheoryData<string, string> Fixtures => new() { { "debian-12", "Debian" }, { "rhel-9", "Rhel" } };

    [Fact]
    public void The_built_in_benchmarks_load_without_problems_and_have_their_minimum_size()
    {
        var debian = BuiltIn.Single(b => b.Name == "debian-12");
        var rhel = BuiltIn.Single(b => b.Name == "rhel-9");

        Assert.True(debian.Checks.Count >= 200, $"debian-12 has {debian.Checks.Count} checks");
        Assert.True(rhel.Checks.Count >= 40, $"rhel-9 has {rhel.Checks.Count} checks");
        Assert.All(BuiltIn.SelectMany(b => b.Checks), c => Assert.False(string.IsNullOrWhiteSpace(c.Rationale) || string.IsNullOrWhiteSpace(c.Remediation), c.Id));
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void The_hardened_tree_passes_every_check(string benchmark, string fixture)
    {
        using var tree = FixtureTree.Build(fixture, hardened: true);

        var results = Run(benchmark, tree);

        var bad = results.Where(r => r.Outcome.Status is CheckStatus.Fail or CheckStatus.Error).Select(Show).ToList();
        Assert.True(bad.Count == 0, $"{bad.Count} checks do not pass on the hardened {fixture} tree:\n{string.Join("\n", bad)}");
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void The_weak_tree_fails_the_checks_its_fixture_names(string benchmark, string fixture)
    {
        using var tree = FixtureTree.Build(fixture, hardened: false);
        var expected = FixtureTree.FailingOnWeak(fixture);

        var results = Run(benchmark, tree).ToDictionary(r => r.Definition.Id, StringComparer.Ordinal);

        var unknown = expected.Where(id => !results.ContainsKey(id)).ToList();
        var notFailing = expected.Where(results.ContainsKey).Where(id => results[id].Outcome.Status != CheckStatus.Fail).Select(id => Show(results[id])).ToList();
        Assert.True(unknown.Count == 0, "not checks of the benchmark: " + string.Join(", ", unknown));
        Assert.True(notFailing.Count == 0, $"{notFailing.Count} checks do not fail on the weak {fixture} tree:\n{string.Join("\n", notFailing)}");
        Assert.True(expected.Count >= results.Count / 2, $"the weak tree fails only {expected.Count} of {results.Count} checks");
    }

    private static IReadOnlyList<CheckResult> Run(string benchmark, FixtureTree tree) =>
        HostAudit.Run(BuiltIn.Single(b => b.Name == benchmark), level: 2, new CheckContext(tree.Files, []), _ => true, CancellationToken.None);

    private static string Show(CheckResult result) => $"{result.Definition.Id} [{result.Outcome.Status}]: {result.Outcome.Message}";
}

using Bulwark.Engine.Config;
using Bulwark.Engine.Planning;
using Bulwark.Engine.Policy;
using Bulwark.Engine.Scanning;
using Bulwark.Engine.Settings;
using Bulwark.Engine.Suppressions;
using Bulwark.Sdk;
using Bulwark.Tests.Targets;

namespace Bulwark.Tests.Engine;

public sealed class FindingPolicyTests
{
    private static readonly DateOnly Today = new(2030, 6, 15);

    private static ScanOutcome Outcome(IReadOnlyList<Finding> findings, IReadOnlyList<SuppressedFinding>? inline = null) => new()
    {
        Findings = findings,
        InlineSuppressed = inline ?? [],
        Errors = [],
        Statistics = new ScanStatistics(),
    };

    private static PolicyInputs Inputs(
        RuleOverrides? overrides = null,
        IReadOnlyList<IgnoreEntry>? ignore = null,
        IReadOnlyList<ConfigSuppression>? config = null,
        IReadOnlySet<string>? baseline = null,
        Severity? failOn = Severity.High) => new()
        {
            Overrides = overrides ?? RuleOverrides.None,
            Suppressions = new SuppressionSet(ignore ?? [], config ?? [], Today),
            Baseline = baseline ?? new HashSet<string>(),
            FailOn = failOn,
        };

    private static string Fp(int n) => n.ToString("x32", System.Globalization.CultureInfo.InvariantCulture);

    private static Origin Commit(string id, int year) => new("commit", id) { Date = new DateTimeOffset(year, 1, 1, 0, 0, 0, TimeSpan.Zero) };

    [Fact]
    public void A_severity_override_changes_the_severity_and_what_the_gate_counts()
    {
        var overrides = new RuleOverrides
        {
            Severities = new Dictionary<string, (Severity, string)>
            {
                ["demo/noisy"] = (Severity.Low, "bulwark.yaml:4"),
                ["demo/quiet"] = (Severity.Critical, "bulwark.yaml:5"),
            },
        };
        Finding[] findings = [TestFinding.At("a.txt", 1, "demo/noisy", Severity.Critical, Fp(1)), TestFinding.At("b.txt", 1, "demo/quiet", Severity.Info, Fp(2))];

        var (active, _, _, gate) = FindingPolicy.Apply(Outcome(findings), Inputs(overrides));

        Assert.Equal([("demo/quiet", Severity.Critical), ("demo/noisy", Severity.Low)], active.Select(f => (f.RuleId, f.Severity)));
        Assert.Equal(1, gate.FailingFindings);
        Assert.True(gate.Failed);
    }

    [Fact]
    public void A_severity_override_applies_to_inline_suppressed_findings_too()
    {
        var overrides = new RuleOverrides { Severities = new Dictionary<string, (Severity, string)> { ["demo/rule"] = (Severity.Low, "bulwark.yaml:4") } };
        var inline = new SuppressedFinding(TestFinding.At("a.txt", 1, severity: Severity.Critical), "inline", "fixture");

        var (_, suppressed, _, _) = FindingPolicy.Apply(Outcome([], [inline]), Inputs(overrides));

        Assert.Equal(Severity.Low, Assert.Single(suppressed).Finding.Severity);
    }

    [Fact]
    public void Findings_of_a_disabled_rule_are_removed_entirely()
    {
        var overrides = new RuleOverrides { Disabled = new Dictionary<string, string> { ["demo/off"] = "bulwark.yaml:3" } };
        Finding[] findings = [TestFinding.At("a.txt", 1, "demo/off", fingerprint: Fp(1)), TestFinding.At("a.txt", 2, "demo/on", fingerprint: Fp(2))];

        var (active, suppressed, baselined, gate) = FindingPolicy.Apply(Outcome(findings), Inputs(overrides));

        Assert.Equal(["demo/on"], active.Select(f => f.RuleId));
        Assert.Empty(suppressed);
        Assert.Equal(0, baselined);
        Assert.Equal(1, gate.FailingFindings);
    }

    [Fact]
    public void In_history_only_the_earliest_commit_findings_of_a_secret_in_a_path_are_kept()
    {
        Finding[] findings =
        [
            TestFinding.At("app.env", 3, fingerprint: Fp(1), origin: Commit("c3", 2023)),
            TestFinding.At("app.env", 3, fingerprint: Fp(1), origin: Commit("c1", 2021)),
            TestFinding.At("app.env", 9, fingerprint: Fp(1), origin: Commit("c1", 2021)),
            TestFinding.At("app.env", 4, fingerprint: Fp(1), origin: Commit("c2", 2022)),
            TestFinding.At("copy.env", 1, fingerprint: Fp(1), origin: Commit("c3", 2023)),
            TestFinding.At("app.env", 5, fingerprint: Fp(2), origin: Commit("c3", 2023)),
        ];

        var (active, _, _, _) = FindingPolicy.Apply(Outcome(findings), Inputs());

        Assert.Equal(
            ["app.env:3@c1", "app.env:5@c3", "app.env:9@c1", "copy.env:1@c3"],
            active.Select(f => $"{f.Location.Path}:{f.Location.StartLine}@{f.Location.Origin!.Id}"));
    }

    [Fact]
    public void Findings_without_an_origin_are_all_kept()
    {
        Finding[] findings = [TestFinding.At("a.env", 1, fingerprint: Fp(1)), TestFinding.At("a.env", 7, fingerprint: Fp(1))];

        var (active, _, _, _) = FindingPolicy.Apply(Outcome(findings), Inputs());

        Assert.Equal([1, 7], active.Select(f => f.Location.StartLine));
    }

    [Fact]
    public void An_ignore_file_entry_suppresses_its_fingerprint_until_its_expiry_date_and_then_is_listed_as_expired()
    {
        IgnoreEntry[] ignore =
        [
            new(Fp(1), "test key", Today, ".bulwarkignore:1"),
            new(Fp(2), "was fine until yesterday", Today.AddDays(-1), ".bulwarkignore:2"),
            new(Fp(3), "no end", null, ".bulwarkignore:3"),
        ];
        Finding[] findings = [TestFinding.At("a", 1, fingerprint: Fp(1)), TestFinding.At("b", 1, fingerprint: Fp(2)), TestFinding.At("c", 1, fingerprint: Fp(3))];
        var inputs = Inputs(ignore: ignore);

        var (active, suppressed, _, gate) = FindingPolicy.Apply(Outcome(findings), inputs);

        Assert.Equal(["b"], active.Select(f => f.Location.Path));
        Assert.Equal(1, gate.FailingFindings);
        Assert.Equal([("a", "ignore-file", "test key", ".bulwarkignore:1"), ("c", "ignore-file", "no end", ".bulwarkignore:3")],
            suppressed.Select(s => (s.Finding.Location.Path, s.Kind, s.Reason, s.Source!)));
        Assert.Equal(Today, suppressed[0].Expires);
        var expired = Assert.Single(inputs.Suppressions.Expired);
        Assert.Equal((Fp(2), ".bulwarkignore:2", Today.AddDays(-1)), (expired.Fingerprint, expired.Source, expired.Expired));
    }

    [Fact]
    public void A_config_suppression_by_rule_and_path_applies_until_it_expires()
    {
        ConfigSuppression[] config =
        [
            new() { RuleId = "demo/jwt", Path = "docs/**", Reason = "sample tokens", Source = "bulwark.yaml:10" },
            new() { Path = "legacy/", Reason = "old code", Expires = Today.AddDays(-30), Source = "bulwark.yaml:14" },
        ];
        Finding[] findings =
        [
            TestFinding.At("docs/api/auth.md", 4, "demo/jwt", fingerprint: Fp(1)),
            TestFinding.At("docs/api/auth.md", 5, "demo/other", fingerprint: Fp(2)),
            TestFinding.At("src/auth.cs", 5, "demo/jwt", fingerprint: Fp(3)),
            TestFinding.At("legacy/old.cs", 1, fingerprint: Fp(4)),
        ];
        var inputs = Inputs(config: config);

        var (active, suppressed, _, _) = FindingPolicy.Apply(Outcome(findings), inputs);

        var hidden = Assert.Single(suppressed);
        Assert.Equal(("docs/api/auth.md", "config", "sample tokens", "bulwark.yaml:10"), (hidden.Finding.Location.Path, hidden.Kind, hidden.Reason, hidden.Source));
        Assert.Equal(["docs/api/auth.md", "legacy/old.cs", "src/auth.cs"], active.Select(f => f.Location.Path));
        var expired = Assert.Single(inputs.Suppressions.Expired);
        Assert.Equal(("path legacy/", "bulwark.yaml:14"), (expired.Fingerprint, expired.Source));
    }

    [Fact]
    public void Findings_in_the_baseline_are_counted_and_neither_active_nor_suppressed()
    {
        Finding[] findings = [TestFinding.At("a", 1, fingerprint: Fp(1)), TestFinding.At("b", 1, fingerprint: Fp(2)), TestFinding.At("c", 1, fingerprint: Fp(1))];

        var (active, suppressed, baselined, gate) = FindingPolicy.Apply(Outcome(findings), Inputs(baseline: new HashSet<string> { Fp(1) }));

        Assert.Equal(2, baselined);
        Assert.Equal(["b"], active.Select(f => f.Location.Path));
        Assert.Empty(suppressed);
        Assert.Equal(1, gate.FailingFindings);
    }

    [Fact]
    public void Findings_are_sorted_by_severity_descending_then_path_then_line()
    {
        Finding[] findings =
        [
            TestFinding.At("b.txt", 2, severity: Severity.Low, fingerprint: Fp(1)),
            TestFinding.At("b.txt", 10, severity: Severity.Critical, fingerprint: Fp(2)),
            TestFinding.At("a.txt", 30, severity: Severity.Low, fingerprint: Fp(3)),
            TestFinding.At("b.txt", 9, severity: Severity.Critical, fingerprint: Fp(4)),
            TestFinding.At("B.txt", 1, severity: Severity.Low, fingerprint: Fp(5)),
        ];

        var (active, _, _, _) = FindingPolicy.Apply(Outcome(findings), Inputs());

        Assert.Equal(["b.txt:9", "b.txt:10", "B.txt:1", "a.txt:30", "b.txt:2"], active.Select(f => $"{f.Location.Path}:{f.Location.StartLine}"));
    }

    [Fact]
    public void The_gate_counts_active_findings_at_or_above_the_threshold()
    {
        Finding[] findings = [TestFinding.At("a", 1, severity: Severity.Critical, fingerprint: Fp(1)), TestFinding.At("b", 1, severity: Severity.Medium, fingerprint: Fp(2)), TestFinding.At("c", 1, severity: Severity.Low, fingerprint: Fp(3))];

        var (_, _, _, gate) = FindingPolicy.Apply(Outcome(findings), Inputs(failOn: Severity.Medium));

        Assert.Equal(2, gate.FailingFindings);
        Assert.Equal("medium", gate.ThresholdName);
    }

    [Fact]
    public void Fail_on_none_never_fails_the_gate()
    {
        using var folder = new TempFolder();
        var request = new ScanRequest
        {
            Root = folder.Root,
            WorkingDirectory = folder.Root,
            Environment = _ => null,
            CommandLine = new Dictionary<string, SettingValue> { ["fail-on"] = new(["none"], "--fail-on", folder.Root) },
        };
        var plan = ScanPlanner.Create(request, []);
        Assert.True(plan.Succeeded, string.Join("\n", plan.Problems));
        Finding[] findings = [TestFinding.At("a", 1, severity: Severity.Critical, fingerprint: Fp(1))];

        var (active, _, _, gate) = FindingPolicy.Apply(Outcome(findings), plan.Value!.Policy);

        Assert.Single(active);
        Assert.Null(gate.Threshold);
        Assert.Equal("none", gate.ThresholdName);
        Assert.Equal(0, gate.FailingFindings);
        Assert.False(gate.Failed);
    }
}

using Bulwark.Sdk;

namespace Bulwark.Tests.Reporters;

/// <summary>Scan reports for reporter tests, built from small pieces so each test can see what it relies on.</summary>
internal static class SampleReports
{
    public const string CommitId = "4f2c9e1b7a3d5f60812c4e9a0b1d2c3e4f5a6b7c";
    public const string OddMessage = "Privileged <container> & \"quoted\" 'name' | piped | `ticked` — naïve 日本";
    public const string OddEvidence = "privileged: `true` | <b>yes</b>";

    public static readonly DateTimeOffset StartedAt = new(2025, 3, 14, 9, 26, 53, TimeSpan.Zero);

    /// <summary>Five findings of every severity from three scanners, one suppressed, an expired suppression and an error.</summary>
    public static ScanReport Typical() => Report(
        findings:
        [
            Found("secrets", "secrets/github-pat", Severity.Critical, "GitHub personal access token", "src/config/app settings.json", 12) with
            {
                Evidence = "ghp_****************************WXyz",
                Remediation = "Revoke the token at GitHub and load it from the environment.",
                References = ["CWE-798", "https://docs.github.com/en/authentication"],
                Properties = new Dictionary<string, string> { ["entropy"] = "4.81", ["validated"] = "not checked" },
                Location = new Location("src/config/app settings.json", 12, 12) { StartColumn = 17, EndColumn = 57 },
                Snippet = [new(11, "{"), new(12, "  \"token\": \"ghp_****************************WXyz\","), new(13, "}")],
            },
            Found("secrets", "secrets/aws-access-key", Severity.High, "AWS access key", "deploy/env.sh", 3) with
            {
                Evidence = "AKIA************MPLE",
                Location = new Location("deploy/env.sh", 3, 4)
                {
                    Origin = new Origin("commit", CommitId)
                    {
                        Author = "José Müller",
                        AuthorEmail = "jose@example.com",
                        Date = new DateTimeOffset(2024, 11, 2, 17, 4, 0, TimeSpan.FromHours(1)),
                        Summary = "Add <deploy> & \"keys\"",
                    },
                },
                Snippet = [new(2, "set -e"), new(3, "export AWS_ACCESS_KEY_ID=AKIA************MPLE"), new(4, "export AWS_REGION=eu-west-1")],
            },
            Found("iac", "iac/k8s-privileged-container", Severity.Medium, "Privileged container", "k8s/pod.yaml", 9) with
            {
                Message = OddMessage,
                Evidence = OddEvidence,
                Remediation = "Set `securityContext.privileged: false`.",
                References = ["CWE-250", "javascript:alert(document.cookie)"],
            },
            Found("iac", "iac/dockerfile-latest-tag", Severity.Low, "Image tag is latest", "Dockerfile", 0),
            Found("packages", "packages/deprecated-package", Severity.Info, "Deprecated package", "packages.lock.json", 40),
        ],
        suppressed:
        [
            new SuppressedFinding(Found("secrets", "secrets/github-pat", Severity.Critical, "GitHub personal access token", "tests/fixtures/token.txt", 1), "ignore-file", "Test fixture <not a real token>")
            {
                Source = ".bulwarkignore:4",
                Expires = new DateOnly(2099, 1, 1),
            },
            new SuppressedFinding(Found("iac", "iac/k8s-privileged-container", Severity.Medium, "Privileged container", "k8s/debug.yaml", 5), "inline", "Debug pod, never deployed"),
        ]) with
    {
        ExpiredSuppressions = [new ExpiredSuppression("0badc0ffee0badc0ffee0badc0ffee00", ".bulwarkignore:7", "Rotating next sprint", new DateOnly(2025, 1, 31))],
        Errors = [new ScanError("vendor/big & bad.bin", "Could not read the file: <permission denied>")],
        Notes = [new ScanNote("packages", "OSV database of 2026-11-20 05:00 UTC (2 days old), 2,524 advisories"), new ScanNote("packages", "the database is older than 1 day <max-age>", IsWarning: true)],
        Checks = [new ReportCheck { Scanner = "host", Id = "host/deb-ssh-root-login", Title = "SSH root login is disabled", Section = "5.1 SSH server", Status = "pass", Message = "/etc/ssh/sshd_config:12: PermitRootLogin no", Severity = Severity.High }],
        Gate = new GateResult(Severity.High, 2),
    };

    /// <summary>A scan that found nothing and had nothing to suppress.</summary>
    public static ScanReport Empty() => Report(findings: [], suppressed: []) with { Gate = new GateResult(Severity.High, 0) };

    /// <summary>Many low findings, to see where reporters cap their output.</summary>
    public static ScanReport Many(int count) => Report(
        findings: [.. Enumerable.Range(1, count).Select(i => Found("iac", "iac/dockerfile-latest-tag", Severity.Low, "Image tag is latest", $"services/s{i}/Dockerfile", 1))],
        suppressed: []);

    /// <summary>Text a crafted file could put into a finding: terminal escapes, NUL, an unpaired surrogate.</summary>
    public static ScanReport Hostile() => Report(
        findings:
        [
            Found("secrets", "secrets/github-pat", Severity.High, "GitHub personal access token", "evil\u001b[2J.txt", 1) with
            {
                Message = "Token \u001b[31mred\u001b[0m \u0007 bell \0 nul \ud800 lone",
                Evidence = "\u001b]0;pwned\u0007ghp_****",
                Snippet = [new(1, "x\u001b[1Ay \ud83d\ude00")],
            },
        ],
        suppressed: []) with
    {
        Errors = [new ScanError("bad\u001bpath", "broken \u0001 \ud800")],
        Gate = new GateResult(Severity.High, 1),
    };

    public static Finding Found(string scanner, string ruleId, Severity severity, string title, string path, int line) => new()
    {
        Scanner = scanner,
        RuleId = ruleId,
        Severity = severity,
        Title = title,
        Message = $"{title} in {path}.",
        Location = new Location(path, line, line),
        Fingerprint = Fingerprints.Of(ruleId, path, title),
    };

    public static IReadOnlyList<RuleInfo> Rules { get; } =
    [
        Rule("iac/dockerfile-latest-tag", "Image tag is latest", Severity.Low),
        Rule("iac/k8s-privileged-container", "Privileged container", Severity.Medium),
        Rule("packages/deprecated-package", "Deprecated package", Severity.Info),
        Rule("secrets/aws-access-key", "AWS access key", Severity.High),
        Rule("secrets/github-pat", "GitHub personal access token", Severity.Critical) with
        {
            Remediation = "Revoke the token.",
            References = ["CWE-798", "https://docs.github.com/en/authentication"],
            Tags = ["token", "github"],
        },
        Rule("secrets/private-key", "Private key", Severity.Critical),
    ];

    private static RuleInfo Rule(string id, string title, Severity severity) => new()
    {
        Id = id,
        Title = title,
        Severity = severity,
        Description = $"Detects: {title.ToLowerInvariant()}.",
    };

    private static ScanReport Report(IReadOnlyList<Finding> findings, IReadOnlyList<SuppressedFinding> suppressed) => new()
    {
        ToolVersion = "0.1.0",
        Target = "./repo <main>",
        StartedAt = StartedAt,
        Duration = TimeSpan.FromMilliseconds(1534),
        Scanners =
        [
            new ScannerInfo("iac", "1", "Infrastructure as code checks."),
            new ScannerInfo("image", "1", "Container image checks."),
            new ScannerInfo("packages", "1", "Dependency checks."),
            new ScannerInfo("secrets", "1", "Secret detection."),
        ],
        Rules = Rules,
        Findings = findings,
        Suppressed = suppressed,
        Statistics = new ScanStatistics
        {
            FilesScanned = 1234,
            BytesScanned = 5_500_000,
            SkippedBinary = 12,
            SkippedTooLarge = 2,
            SkippedExcluded = 301,
            Baselined = 3,
        },
        Gate = new GateResult(Severity.High, findings.Count(f => f.Severity >= Severity.High)),
    };
}

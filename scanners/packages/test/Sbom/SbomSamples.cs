using Bulwark.Scanners.Packages.Model;
using Bulwark.Scanners.Packages.Sbom;

namespace Bulwark.Scanners.Packages.Tests.Sbom;

/// <summary>Documents for the writer tests: several ecosystems, OS packages, dev dependencies, a duplicate, a graph.</summary>
internal static class SbomSamples
{
    public static readonly string Babel = Purl.For(Ecosystems.Npm, "@babel/core", "7.24.0");
    public static readonly string Debug = Purl.For(Ecosystems.Npm, "debug", "4.3.4");
    public static readonly string Ms = Purl.For(Ecosystems.Npm, "ms", "2.1.2");
    public static readonly string Jest = Purl.For(Ecosystems.Npm, "jest", "29.7.0");
    public static readonly string Django = Purl.For(Ecosystems.PyPI, "Django", "4.2.1");
    public static readonly string Log4j = Purl.For(Ecosystems.Maven, "org.apache.logging.log4j:log4j-core", "2.14.1");
    public static readonly string Gin = Purl.For(Ecosystems.Go, "github.com/gin-gonic/gin", "v1.9.1");
    public static readonly string LibSsl = Purl.For(Ecosystems.Debian, "libssl3", "3.0.11-1~deb12u2", new Dictionary<string, string> { ["arch"] = "amd64", ["distro"] = "debian-12" });
    public static readonly string Musl = Purl.For(Ecosystems.Alpine, "musl", "1.2.4-r2", new Dictionary<string, string> { ["arch"] = "x86_64", ["distro"] = "alpine-3.19.1" });
    public static readonly string Project = Purl.For(Ecosystems.Npm, "web", "1.0.0");

    public static IReadOnlyList<Package> Packages() =>
    [
        Make(Ecosystems.Npm, "@babel/core", "7.24.0", Babel, "web/package-lock.json", 12, DependencyScope.Direct),
        Make(Ecosystems.Npm, "debug", "4.3.4", Debug, "web/package-lock.json", 30, DependencyScope.Transitive, development: true),
        Make(Ecosystems.Npm, "ms", "2.1.2", Ms, "web/package-lock.json", 40, DependencyScope.Transitive, development: true),
        Make(Ecosystems.Npm, "jest", "29.7.0", Jest, "web/package-lock.json", 50, DependencyScope.Direct, development: true),
        Make(Ecosystems.PyPI, "Django", "4.2.1", Django, "api/requirements.txt", 3, DependencyScope.Direct),
        Make(Ecosystems.Maven, "org.apache.logging.log4j:log4j-core", "2.14.1", Log4j, "pom.xml", 20, DependencyScope.Direct),
        Make(Ecosystems.Go, "github.com/gin-gonic/gin", "v1.9.1", Gin, "go.mod", 5, DependencyScope.Direct),
        Make(Ecosystems.Debian, "libssl3", "3.0.11-1~deb12u2", LibSsl, "var/lib/dpkg/status", 100, DependencyScope.Unknown) with { Release = "12", SourceName = "openssl", SourceVersion = "3.0.11-1" },
        Make(Ecosystems.Alpine, "musl", "1.2.4-r2", Musl, "lib/apk/db/installed", 0, DependencyScope.Unknown) with { Release = "v3.19" },

        // The same ms again from another lockfile, for production this time: one component, two occurrences, not dev.
        Make(Ecosystems.Npm, "ms", "2.1.2", Ms, "admin/package-lock.json", 8, DependencyScope.Transitive),
    ];

    public static IReadOnlyList<DependencyEdge> Edges() =>
    [
        new(Project, Babel),
        new(Babel, Debug),
        new(Debug, Ms),
        new(Babel, Ms),
        new(Babel, Debug),
        new(Ms, Purl.For(Ecosystems.Npm, "not-in-the-scan", "1.0.0")),
    ];

    public static SbomDocument Document(IReadOnlyList<SbomVulnerability>? vulnerabilities = null) => new()
    {
        Target = "shop",
        ToolVersion = "0.1.0",
        Timestamp = new DateTimeOffset(2024, 5, 1, 14, 30, 0, TimeSpan.FromHours(2)),
        Packages = Packages(),
        Edges = Edges(),
        Vulnerabilities = vulnerabilities ?? [],
        SerialNumber = Guid.Parse("3e671687-395b-41f5-a30f-a58921a69b79"),
    };

    public static IReadOnlyList<SbomVulnerability> Vulnerabilities() =>
    [
        new()
        {
            Id = "GHSA-jfh8-c2jp-5v3q",
            Aliases = ["CVE-2021-44228"],
            SourceName = "OSV",
            SourceUrl = "https://osv.dev/vulnerability/GHSA-jfh8-c2jp-5v3q",
            Ratings = [new() { Score = 10.0, Method = SbomRatingMethod.CvssV3, Vector = "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H" }],
            Description = "Remote code injection in Log4j",
            FixedVersions = ["2.15.0", "2.12.2"],
            AffectedPurls = [Log4j],
            Analysis = new() { State = VexStatus.Affected },
        },
        new()
        {
            Id = "CVE-2023-36053",
            Ratings = [new() { Method = SbomRatingMethod.CvssV4, Vector = "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:N/VI:N/VA:H/SC:N/SI:N/SA:N", Score = 8.7 }],
            FixedVersions = ["4.2.3"],
            AffectedPurls = [Django],
            Analysis = new() { State = VexStatus.NotAffected, Justification = "vulnerable_code_not_in_execute_path", Detail = "EmailValidator is never called" },
        },
        new()
        {
            Id = "DEBIAN-CVE-2024-0727",
            Ratings = [new() { Severity = "MODERATE" }],
            AffectedPurls = [LibSsl],
            Analysis = new() { State = VexStatus.UnderInvestigation, Justification = "we-are-still-looking" },
        },
    ];

    private static Package Make(string ecosystem, string name, string version, string purl, string file, int line, DependencyScope scope, bool development = false) => new()
    {
        Ecosystem = ecosystem,
        Name = name,
        Version = version,
        Purl = purl,
        File = file,
        Line = line,
        Scope = scope,
        Development = development,
    };
}

using Bulwark.Scanners.Packages.Extractors.Python;
using static Bulwark.Scanners.Packages.Tests.Extractors.Python.PythonTestValues;

namespace Bulwark.Scanners.Packages.Tests.Extractors.Python;

public class PipfileLockExtractorTests
{
    private static readonly PipfileLockExtractor Extractor = new();

    private const string Lock = """
        {
            "_meta": {
                "hash": {"sha256": "a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90"},
                "pipfile-spec": 6,
                "requires": {"python_version": "3.11"},
                "sources": [{"name": "pypi", "url": "https://pypi.org/simple", "verify_ssl": true}]
            },
            "default": {
                "certifi": {
                    "hashes": ["sha256:92d6037539857d8206b8f6ae472e8b77db8058fec5937a1ef3f54304089edbb9"],
                    "markers": "python_version >= '3.6'",
                    "version": "==2023.7.22"
                },
                "requests": {
                    "hashes": [],
                    "index": "pypi",
                    "version": "==2.31.0"
                },
                "internal": {
                    "git": "https://github.com/example/internal.git",
                    "ref": "0123456789abcdef0123456789abcdef01234567"
                },
                "Flask_Login": {"version": "==0.6.3"},
                "loose": {"version": ">=1.0"},
                "star": {"version": "*"},
                "odd": "==1.0"
            },
            "develop": {
                "pytest": {"version": "==7.4.0"},
                "certifi": {"version": "==2023.7.22"},
                "iniconfig": {"version": "==2.0.0"},
                "bare": {"version": "=="}
            }
        }
        """;

    private const string Pipfile = """
        [[source]]
        url = "https://pypi.org/simple"
        verify_ssl = true
        name = "pypi"

        [packages]
        requests = "*"
        internal = {git = "https://github.com/example/internal.git", ref = "main"}
        flask-login = "*"

        [dev-packages]
        pytest = "*"

        [requires]
        python_version = "3.11"
        """;

    private static readonly string[] LockDiagnostics =
    [
        "Pipfile.lock:24 \"loose\" has version \">=1.0\", which is not an exact pin (==VERSION); skipped",
        "Pipfile.lock:25 \"star\" has version \"*\", which is not an exact pin (==VERSION); skipped",
        "Pipfile.lock:26 \"odd\" in \"default\" is not an object; skipped",
        "Pipfile.lock:32 \"bare\" has version \"==\", which is not an exact pin (==VERSION); skipped",
    ];

    [Fact]
    public void With_a_pipfile_beside_it_the_sections_give_dev_status_and_the_pipfile_the_direct_packages()
    {
        var extraction = Extractor.Extract(Inline("Pipfile.lock", Lock, ("Pipfile", Pipfile)));

        Assert.Equal(
            [
                "Pipfile.lock:9 certifi 2023.7.22 pkg:pypi/certifi@2023.7.22 Transitive",
                "Pipfile.lock:14 requests 2.31.0 pkg:pypi/requests@2.31.0 Direct",
                "Pipfile.lock:23 Flask_Login 0.6.3 pkg:pypi/flask-login@0.6.3 Direct",
                "Pipfile.lock:29 pytest 7.4.0 pkg:pypi/pytest@7.4.0 Direct dev",
                "Pipfile.lock:31 iniconfig 2.0.0 pkg:pypi/iniconfig@2.0.0 Transitive dev",
            ],
            Rows(extraction));
        Assert.Equal(LockDiagnostics, DiagnosticRows(extraction));
        Assert.Empty(extraction.Edges);
    }

    [Fact]
    public void Without_a_pipfile_the_scope_is_unknown()
    {
        var extraction = Extractor.Extract(Inline("api/Pipfile.lock", Lock, ("Pipfile", Pipfile)));

        Assert.Equal(
            [
                "api/Pipfile.lock:9 certifi 2023.7.22 pkg:pypi/certifi@2023.7.22 Unknown",
                "api/Pipfile.lock:14 requests 2.31.0 pkg:pypi/requests@2.31.0 Unknown",
                "api/Pipfile.lock:23 Flask_Login 0.6.3 pkg:pypi/flask-login@0.6.3 Unknown",
                "api/Pipfile.lock:29 pytest 7.4.0 pkg:pypi/pytest@7.4.0 Unknown dev",
                "api/Pipfile.lock:31 iniconfig 2.0.0 pkg:pypi/iniconfig@2.0.0 Unknown dev",
            ],
            Rows(extraction));
        Assert.Equal(LockDiagnostics.Select(d => "api/" + d), DiagnosticRows(extraction));
    }

    [Fact]
    public void Malformed_json_is_reported_at_its_line_and_the_entries_before_it_are_kept()
    {
        var extraction = Extractor.Extract(Inline("Pipfile.lock", """
            {
                "default": {
                    "six": {"version": "==1.16.0"},
                    "idna": {"version": "==3.4"}
                    "attrs": {"version": "==23.1.0"}
                }
            }
            """));

        Assert.Equal(
            [
                "Pipfile.lock:3 six 1.16.0 pkg:pypi/six@1.16.0 Unknown",
                "Pipfile.lock:4 idna 3.4 pkg:pypi/idna@3.4 Unknown",
            ],
            Rows(extraction));
        var diagnostic = Assert.Single(extraction.Diagnostics);
        Assert.Equal(5, diagnostic.Line);
        Assert.True(diagnostic.Column > 1);
        Assert.StartsWith("not valid JSON: ", diagnostic.Message);
        Assert.DoesNotContain("not valid JSON: not valid JSON", diagnostic.Message);
        Assert.EndsWith("; entries before this point were read", diagnostic.Message);
    }

    [Fact]
    public void A_malformed_pipfile_is_reported_at_its_line_in_the_pipfile_and_what_it_declares_before_the_error_counts()
    {
        var extraction = Extractor.Extract(Inline(
            "Pipfile.lock",
            """{ "default": { "requests": {"version": "==2.31.0"}, "flask": {"version": "==3.0.2"} } }""",
            ("Pipfile", "[packages]\nrequests = \"*\"\nflask = {version = \"*\"\n")));

        Assert.Equal(
            [
                "Pipfile.lock:1 requests 2.31.0 pkg:pypi/requests@2.31.0 Direct",
                "Pipfile.lock:1 flask 3.0.2 pkg:pypi/flask@3.0.2 Transitive",
            ],
            Rows(extraction));
        Assert.Equal(
            ["Pipfile:3 the inline table opened on line 3 is not closed with \"}\"; the packages it declares were read as far as possible"],
            DiagnosticRows(extraction));
    }

    [Theory]
    [InlineData("")]
    [InlineData("[]")]
    [InlineData("null")]
    [InlineData("{\"default\": []}")]
    [InlineData("{\"default\": {\"a\": {\"version\": 5}}, \"develop\": 3}")]
    [InlineData("{\"default\": {\"a\": {\"version\": \"==\\u0000\"}}}")]
    [InlineData("{\"default\": {\"a\": {\"version\": \"==1.0\"}")]
    public void Bad_input_never_throws(string text)
    {
        var extraction = Extractor.Extract(Inline("Pipfile.lock", text, ("Pipfile", "[packages\na = 1")));

        Assert.All(extraction.Diagnostics, d => Assert.Contains(d.File, new[] { "Pipfile.lock", "Pipfile" }));
    }

    [Fact]
    public void A_json_value_that_is_not_an_object_is_a_diagnostic()
    {
        Assert.Equal(
            ["Pipfile.lock:1 a Pipfile.lock is a JSON object with \"default\" and \"develop\" sections"],
            DiagnosticRows(Extractor.Extract(Inline("Pipfile.lock", "[1, 2]"))));
    }

    [Theory]
    [InlineData("Pipfile.lock", true)]
    [InlineData("web/Pipfile.lock", true)]
    [InlineData("Pipfile", false)]
    [InlineData("pipfile.lock", false)]
    public void Recognises_pipfile_lock_by_name(string path, bool expected) =>
        Assert.Equal(expected, Extractor.Recognises(path));
}

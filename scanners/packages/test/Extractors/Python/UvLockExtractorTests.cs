using Bulwark.Scanners.Packages.Extractors.Python;
using static Bulwark.Scanners.Packages.Tests.Extractors.Python.PythonTestValues;

namespace Bulwark.Scanners.Packages.Tests.Extractors.Python;

public class UvLockExtractorTests
{
    private static readonly UvLockExtractor Extractor = new();

    [Fact]
    public void The_editable_project_gives_direct_runtime_optional_and_dev_dependencies_and_dev_only_status_follows_the_graph()
    {
        var extraction = Extractor.Extract(Inline("uv.lock", """
            version = 1
            requires-python = ">=3.12"

            [[package]]
            name = "anyio"
            version = "4.3.0"
            source = { registry = "https://pypi.org/simple" }
            dependencies = [
                { name = "idna" },
                { name = "sniffio" },
            ]
            sdist = { url = "https://files.pythonhosted.org/packages/db/4d/anyio-4.3.0.tar.gz", hash = "sha256:f75253795a87df48568485fd18cdd2a3fa5c4f7c5be8e5e36637733fce06fed6", size = 159642 }
            wheels = [
                { url = "https://files.pythonhosted.org/packages/14/fd/anyio-4.3.0-py3-none-any.whl", hash = "sha256:048e05d0f6caeed70d731f3db756d35dcc1f35747c8c403364a8332c630441b8", size = 85584 },
            ]

            [[package]]
            name = "demo"
            version = "0.1.0"
            source = { editable = "." }
            dependencies = [
                { name = "gitdep" },
                { name = "httpx" },
                { name = "shared-lib" },
                { name = "typing-extensions", version = "4.12.2" },
                { name = "urlpkg" },
            ]

            [package.optional-dependencies]
            cli = [
                { name = "rich" },
            ]

            [package.dev-dependencies]
            dev = [
                { name = "pytest" },
            ]
            lint = [
                { name = "ruff" },
            ]

            [package.metadata]
            requires-dist = [
                { name = "httpx", specifier = ">=0.27" },
                { name = "rich", marker = "extra == 'cli'", specifier = ">=13" },
            ]

            [package.metadata.requires-dev]
            dev = [{ name = "pytest", specifier = ">=8" }]
            lint = [{ name = "ruff" }]

            [[package]]
            name = "httpx"
            version = "0.27.0"
            source = { registry = "https://pypi.org/simple" }
            dependencies = [
                { name = "anyio" },
                { name = "certifi" },
                { name = "idna" },
            ]

            [[package]]
            name = "idna"
            version = "3.7"
            source = { registry = "https://pypi.org/simple" }

            [[package]]
            name = "sniffio"
            version = "1.3.1"
            source = { registry = "https://pypi.org/simple" }

            [[package]]
            name = "certifi"
            version = "2024.2.2"
            source = { registry = "https://pypi.org/simple" }

            [[package]]
            name = "rich"
            version = "13.7.1"
            source = { registry = "https://pypi.org/simple" }
            dependencies = [
                { name = "pygments" },
            ]

            [[package]]
            name = "Pygments"
            version = "2.17.2"
            source = { registry = "https://pypi.org/simple" }

            [[package]]
            name = "pytest"
            version = "8.1.1"
            source = { registry = "https://pypi.org/simple" }
            dependencies = [
                { name = "iniconfig" },
                { name = "pygments" },
                { name = "typing-extensions", version = "4.9.0", marker = "python_full_version < '3.13'" },
            ]

            [[package]]
            name = "iniconfig"
            version = "2.0.0"
            source = { registry = "https://pypi.org/simple" }

            [[package]]
            name = "ruff"
            version = "0.3.4"
            source = { registry = "https://pypi.org/simple" }

            [[package]]
            name = "shared-lib"
            version = "0.2.0"
            source = { directory = "libs/shared" }

            [[package]]
            name = "typing-extensions"
            version = "4.9.0"
            source = { registry = "https://pypi.org/simple" }

            [[package]]
            name = "typing-extensions"
            version = "4.12.2"
            source = { registry = "https://pypi.org/simple" }

            [[package]]
            name = "gitdep"
            version = "1.0.0"
            source = { git = "https://github.com/example/gitdep?rev=v1#0123abcd" }

            [[package]]
            name = "urlpkg"
            version = "2.0"
            source = { url = "https://example.com/wheels/urlpkg-2.0-py3-none-any.whl" }
            """));

        Assert.Empty(extraction.Diagnostics);
        Assert.Equal(
            [
                "uv.lock:4 anyio 4.3.0 pkg:pypi/anyio@4.3.0 Transitive",
                "uv.lock:52 httpx 0.27.0 pkg:pypi/httpx@0.27.0 Direct",
                "uv.lock:62 idna 3.7 pkg:pypi/idna@3.7 Transitive",
                "uv.lock:67 sniffio 1.3.1 pkg:pypi/sniffio@1.3.1 Transitive",
                "uv.lock:72 certifi 2024.2.2 pkg:pypi/certifi@2024.2.2 Transitive",
                "uv.lock:77 rich 13.7.1 pkg:pypi/rich@13.7.1 Direct",
                "uv.lock:85 Pygments 2.17.2 pkg:pypi/pygments@2.17.2 Transitive",
                "uv.lock:90 pytest 8.1.1 pkg:pypi/pytest@8.1.1 Direct dev",
                "uv.lock:100 iniconfig 2.0.0 pkg:pypi/iniconfig@2.0.0 Transitive dev",
                "uv.lock:105 ruff 0.3.4 pkg:pypi/ruff@0.3.4 Direct dev",
                "uv.lock:115 typing-extensions 4.9.0 pkg:pypi/typing-extensions@4.9.0 Transitive dev",
                "uv.lock:120 typing-extensions 4.12.2 pkg:pypi/typing-extensions@4.12.2 Direct",
                "uv.lock:125 gitdep 1.0.0 pkg:pypi/gitdep@1.0.0 Direct",
                "uv.lock:130 urlpkg 2.0 pkg:pypi/urlpkg@2.0 Direct",
            ],
            Rows(extraction));
        Assert.Equal("installed from git (https://github.com/example/gitdep?rev=v1#0123abcd), not from PyPI: advisories for the PyPI package may not apply", extraction.Packages[12].Note);
        Assert.Equal("installed from a URL (https://example.com/wheels/urlpkg-2.0-py3-none-any.whl), not from PyPI: advisories for the PyPI package may not apply", extraction.Packages[13].Note);
        Assert.All(extraction.Packages.Take(12), p => Assert.Null(p.Note));
        Assert.Equal(
            [
                "pkg:pypi/demo@0.1.0 -> pkg:pypi/gitdep@1.0.0",
                "pkg:pypi/demo@0.1.0 -> pkg:pypi/httpx@0.27.0",
                "pkg:pypi/demo@0.1.0 -> pkg:pypi/typing-extensions@4.12.2",
                "pkg:pypi/demo@0.1.0 -> pkg:pypi/urlpkg@2.0",
                "pkg:pypi/demo@0.1.0 -> pkg:pypi/rich@13.7.1",
                "pkg:pypi/demo@0.1.0 -> pkg:pypi/pytest@8.1.1",
                "pkg:pypi/demo@0.1.0 -> pkg:pypi/ruff@0.3.4",
                "pkg:pypi/anyio@4.3.0 -> pkg:pypi/idna@3.7",
                "pkg:pypi/anyio@4.3.0 -> pkg:pypi/sniffio@1.3.1",
                "pkg:pypi/httpx@0.27.0 -> pkg:pypi/anyio@4.3.0",
                "pkg:pypi/httpx@0.27.0 -> pkg:pypi/certifi@2024.2.2",
                "pkg:pypi/httpx@0.27.0 -> pkg:pypi/idna@3.7",
                "pkg:pypi/rich@13.7.1 -> pkg:pypi/pygments@2.17.2",
                "pkg:pypi/pytest@8.1.1 -> pkg:pypi/iniconfig@2.0.0",
                "pkg:pypi/pytest@8.1.1 -> pkg:pypi/pygments@2.17.2",
                "pkg:pypi/pytest@8.1.1 -> pkg:pypi/typing-extensions@4.9.0",
            ],
            EdgeRows(extraction));
    }

    [Fact]
    public void Virtual_workspace_members_are_roots_and_a_member_without_a_version_names_itself_without_one()
    {
        var extraction = Extractor.Extract(Inline("repo/uv.lock", """
            version = 1

            [manifest]
            members = ["api", "workspace-root"]

            [[package]]
            name = "api"
            source = { editable = "packages/api" }
            dependencies = [{ name = "fastapi" }]

            [[package]]
            name = "workspace-root"
            version = "0.0.0"
            source = { virtual = "." }

            [package.dev-dependencies]
            dev = [{ name = "mypy" }]

            [[package]]
            name = "fastapi"
            version = "0.110.0"
            source = { registry = "https://pypi.org/simple" }

            [[package]]
            name = "mypy"
            version = "1.9.0"
            source = { registry = "https://pypi.org/simple" }
            """));

        Assert.Empty(extraction.Diagnostics);
        Assert.Equal(
            [
                "repo/uv.lock:19 fastapi 0.110.0 pkg:pypi/fastapi@0.110.0 Direct",
                "repo/uv.lock:24 mypy 1.9.0 pkg:pypi/mypy@1.9.0 Direct dev",
            ],
            Rows(extraction));
        Assert.Equal(
            [
                "pkg:pypi/api -> pkg:pypi/fastapi@0.110.0",
                "pkg:pypi/workspace-root@0.0.0 -> pkg:pypi/mypy@1.9.0",
            ],
            EdgeRows(extraction));
    }

    [Fact]
    public void Without_a_project_entry_the_scope_is_unknown_and_nothing_is_dev_only()
    {
        var extraction = Extractor.Extract(Inline("uv.lock", """
            version = 1

            [[package]]
            name = "click"
            version = "8.1.7"
            source = { registry = "https://pypi.org/simple" }
            dependencies = [
                { name = "colorama", marker = "platform_system == 'Windows'" },
            ]

            [[package]]
            name = "colorama"
            version = "0.4.6"
            source = { registry = "https://pypi.org/simple" }
            """));

        Assert.Equal(
            [
                "uv.lock:3 click 8.1.7 pkg:pypi/click@8.1.7 Unknown",
                "uv.lock:11 colorama 0.4.6 pkg:pypi/colorama@0.4.6 Unknown",
            ],
            Rows(extraction));
        Assert.Equal(["pkg:pypi/click@8.1.7 -> pkg:pypi/colorama@0.4.6"], EdgeRows(extraction));
    }

    [Fact]
    public void Malformed_toml_is_reported_at_its_line_and_the_packages_around_it_are_kept()
    {
        var extraction = Extractor.Extract(Inline("uv.lock", """
            version = 1

            [[package]]
            name = "six"
            version = "1.16.0"
            source = { registry = "https://pypi.org/simple" }
            dependencies = [
                { name = "idna" }
                { name = "attrs" },
            ]

            [[package]]
            name = "idna"
            source = { registry = "https://pypi.org/simple" }

            [[package]]
            version = "1.0"

            [[package]]
            name = "attrs"
            version = "23.2.0"
            source = { registry = "https://pypi.org/simple", }
            wheels = [
            """));

        Assert.Equal(
            [
                "uv.lock:3 six 1.16.0 pkg:pypi/six@1.16.0 Unknown",
                "uv.lock:19 attrs 23.2.0 pkg:pypi/attrs@23.2.0 Unknown",
            ],
            Rows(extraction));
        Assert.Empty(extraction.Edges);
        Assert.Equal(
            [
                "uv.lock:9 expected \",\" or \"]\" after an array item (in the array opened on line 7)",
                "uv.lock:12 package \"idna\" has no version; skipped",
                "uv.lock:16 [[package]] without a name; skipped",
                "uv.lock:23 the array opened on line 23 is not closed with \"]\"",
            ],
            DiagnosticRows(extraction));
        Assert.Equal(5, extraction.Diagnostics[0].Column);
    }

    [Theory]
    [InlineData("uv.lock", true)]
    [InlineData("apps/web/uv.lock", true)]
    [InlineData("UV.lock", false)]
    [InlineData("uv.toml", false)]
    public void Recognises_uv_lock_by_name(string path, bool expected) =>
        Assert.Equal(expected, Extractor.Recognises(path));

    [Fact]
    public void Every_cut_of_a_valid_file_reads_without_throwing()
    {
        const string text = "version = 1\n[[package]]\nname = \"p\"\nversion = \"0.1.0\"\nsource = { editable = \".\" }\ndependencies = [\n { name = \"a\", version = \"1.0\" },\n]\n[package.dev-dependencies]\ndev = [{ name = \"b\" }]\n[[package]]\nname = \"a\"\nversion = \"1.0\"\nsource = { git = \"https://e.com/a?rev=x#y\" }\n[[package]]\nname = \"b\"\nversion = \"2.0\"\n";
        for (var length = 0; length <= text.Length; length++)
        {
            var extraction = Extractor.Extract(Inline("uv.lock", text[..length]));
            Assert.All(extraction.Diagnostics, d => Assert.True(d.Line >= 1 && d.Column >= 0));
        }
    }
}

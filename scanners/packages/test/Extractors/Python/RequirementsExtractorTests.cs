using Bulwark.Scanners.Packages.Extractors.Python;
using Bulwark.Scanners.Packages.Model;
using static Bulwark.Scanners.Packages.Tests.Extractors.Python.PythonTestValues;

namespace Bulwark.Scanners.Packages.Tests.Extractors.Python;

public class RequirementsExtractorTests
{
    private static readonly RequirementsExtractor Extractor = new();

    [Fact]
    public void Pins_with_extras_markers_hashes_and_comments_become_packages_at_their_first_line()
    {
        var extraction = Extractor.Extract(Inline("requirements.txt", """
            # Production requirements, compiled by pip-compile
            Django==4.2.1            # web framework
            requests[security,socks]==2.31.0
            importlib-metadata==6.8.0 ; python_version < "3.8"
            legacy-thing===1.0-custom
            certifi==2023.7.22 \
                --hash=sha256:539cc1d13202e33ca466e88b2807e29f4c13049d6d87031a3c110744495cb082 \
                --hash=sha256:92d6037539857d8206b8f6ae472e8b77db8058fec5937a1ef3f54304089edbb9
                # via requests
            urllib3 == 2.0.4
            Foo_Bar.baz==1.0
            six==1.16.0 --hash=sha256:8abb2f1d86890a2dfb989f9a77cfcfd3e47c2a354b01111771326f8aa26e0254
            typing_extensions==4.7.1;python_version<"3.11"
            wrapt (==1.15.0)
            """));

        Assert.Empty(extraction.Diagnostics);
        Assert.Equal(
            [
                "requirements.txt:2 Django 4.2.1 pkg:pypi/django@4.2.1 Unknown",
                "requirements.txt:3 requests 2.31.0 pkg:pypi/requests@2.31.0 Unknown",
                "requirements.txt:4 importlib-metadata 6.8.0 pkg:pypi/importlib-metadata@6.8.0 Unknown",
                "requirements.txt:5 legacy-thing 1.0-custom pkg:pypi/legacy-thing@1.0-custom Unknown",
                "requirements.txt:6 certifi 2023.7.22 pkg:pypi/certifi@2023.7.22 Unknown",
                "requirements.txt:10 urllib3 2.0.4 pkg:pypi/urllib3@2.0.4 Unknown",
                "requirements.txt:11 Foo_Bar.baz 1.0 pkg:pypi/foo-bar-baz@1.0 Unknown",
                "requirements.txt:12 six 1.16.0 pkg:pypi/six@1.16.0 Unknown",
                "requirements.txt:13 typing_extensions 4.7.1 pkg:pypi/typing-extensions@4.7.1 Unknown",
                "requirements.txt:14 wrapt 1.15.0 pkg:pypi/wrapt@1.15.0 Unknown",
            ],
            Rows(extraction));
        Assert.All(extraction.Packages, p => Assert.Null(p.Note));
        Assert.All(extraction.Packages, p => Assert.Equal(Ecosystems.PyPI, p.Ecosystem));
        Assert.Empty(extraction.Edges);
    }

    [Fact]
    public void Loose_specifiers_are_kept_without_a_version_and_with_a_note()
    {
        var extraction = Extractor.Extract(Inline("requirements-dev.txt", """
            flask>=2.0
            numpy
            pandas~=2.0.3
            scipy==1.11.*
            pytest>=7,<8 ; python_version >= "3.8"
            black!=23.1.0
            """));

        Assert.Empty(extraction.Diagnostics);
        Assert.Equal(
            [
                "requirements-dev.txt:1 flask - pkg:pypi/flask Unknown",
                "requirements-dev.txt:2 numpy - pkg:pypi/numpy Unknown",
                "requirements-dev.txt:3 pandas - pkg:pypi/pandas Unknown",
                "requirements-dev.txt:4 scipy - pkg:pypi/scipy Unknown",
                "requirements-dev.txt:5 pytest - pkg:pypi/pytest Unknown",
                "requirements-dev.txt:6 black - pkg:pypi/black Unknown",
            ],
            Rows(extraction));
        Assert.Equal(
            [
                "version is not pinned (>=2.0): it cannot be matched to advisories exactly",
                "version is not pinned (no version given): it cannot be matched to advisories exactly",
                "version is not pinned (~=2.0.3): it cannot be matched to advisories exactly",
                "version is not pinned (==1.11.*): it cannot be matched to advisories exactly",
                "version is not pinned (>=7,<8): it cannot be matched to advisories exactly",
                "version is not pinned (!=23.1.0): it cannot be matched to advisories exactly",
            ],
            Notes(extraction));
    }

    [Fact]
    public void Urls_paths_vcs_editable_lines_and_index_options_are_skipped_without_complaint()
    {
        var extraction = Extractor.Extract(Inline("requirements.txt", """
            -i https://pypi.example.com/simple
            --extra-index-url https://mirror.example.com/simple
            --trusted-host mirror.example.com
            --find-links=./wheels
            --require-hashes
            --pre
            -e git+https://github.com/example/project.git#egg=project
            -e .
            --editable ./libs/shared
            -e./libs/other
            git+https://github.com/example/other.git@v1.0#egg=other
            git+ssh://git@github.com/example/private.git
            https://example.com/packages/thing-1.0.tar.gz
            ./vendor/wheel-1.0-py3-none-any.whl
            vendor/archive.zip
            pkg @ https://example.com/pkg-1.0.zip
            local-lib @ ./libs/local
            attrs==23.1.0
            """));

        Assert.Empty(extraction.Diagnostics);
        Assert.Equal(["requirements.txt:18 attrs 23.1.0 pkg:pypi/attrs@23.1.0 Unknown"], Rows(extraction));
    }

    [Fact]
    public void Lines_that_are_not_requirements_are_reported_with_their_line_and_the_rest_is_read()
    {
        var extraction = Extractor.Extract(Inline("reqs/requirements.txt", """
            idna==3.4
            this is not a requirement
            --frobnicate
            [extras]==1.0
            broken[extra==1.0
            pyyaml==6.0.1
            ==2.0
            """));

        Assert.Equal(["reqs/requirements.txt:1 idna 3.4 pkg:pypi/idna@3.4 Unknown", "reqs/requirements.txt:6 pyyaml 6.0.1 pkg:pypi/pyyaml@6.0.1 Unknown"], Rows(extraction));
        Assert.Equal(
            [
                "reqs/requirements.txt:2 cannot read the requirement \"this is not a requirement\": \"is not a requirement\" is not a version specifier (such as ==1.2.3 or >=1.0); skipped",
                "reqs/requirements.txt:3 unknown option \"--frobnicate\" (pip would refuse this file); line skipped",
                "reqs/requirements.txt:4 cannot read the requirement \"[extras]==1.0\": it does not start with a package name; skipped",
                "reqs/requirements.txt:5 cannot read the requirement \"broken[extra==1.0\": the extras list is not closed with \"]\"; skipped",
                "reqs/requirements.txt:7 cannot read the requirement \"==2.0\": it does not start with a package name; skipped",
            ],
            DiagnosticRows(extraction));
    }

    [Fact]
    public void Options_after_a_tab_are_not_part_of_the_requirement()
    {
        var extraction = Extractor.Extract(Inline("requirements.txt", "six==1.16.0\t--hash=sha256:8abb\nrich==13.5.2 ; platform_release != \"5.4 -x\"\n"));

        Assert.Empty(extraction.Diagnostics);
        Assert.Equal(
            ["requirements.txt:1 six 1.16.0 pkg:pypi/six@1.16.0 Unknown", "requirements.txt:2 rich 13.5.2 pkg:pypi/rich@13.5.2 Unknown"],
            Rows(extraction));
    }

    [Fact]
    public void Windows_line_endings_a_byte_order_mark_and_a_final_continuation_are_read()
    {
        var extraction = Extractor.Extract(Inline("requirements.txt", "\uFEFFsix==1.16.0\r\n# comment \\\r\nidna==3.4 \\\r\n  --hash=sha256:abc\r\nzipp==3.16.2 \\"));

        Assert.Empty(extraction.Diagnostics);
        Assert.Equal(
            [
                "requirements.txt:1 six 1.16.0 pkg:pypi/six@1.16.0 Unknown",
                "requirements.txt:3 idna 3.4 pkg:pypi/idna@3.4 Unknown",
                "requirements.txt:5 zipp 3.16.2 pkg:pypi/zipp@3.16.2 Unknown",
            ],
            Rows(extraction));
    }

    [Theory]
    [InlineData("requirements.txt", true)]
    [InlineData("requirements-dev.txt", true)]
    [InlineData("app/Requirements_test.txt", true)]
    [InlineData("dev-requirements.txt", true)]
    [InlineData("requirements/base.txt", true)]
    [InlineData("services/api/requirements/prod.txt", true)]
    [InlineData("requirements.in", false)]
    [InlineData("constraints.txt", false)]
    [InlineData("docs/notes.txt", false)]
    [InlineData("myrequirements/base.txt", false)]
    public void Recognises_requirements_files_by_name_or_folder(string path, bool expected) =>
        Assert.Equal(expected, Extractor.Recognises(path));

    [Fact]
    public void Every_cut_of_a_valid_file_reads_without_throwing()
    {
        const string text = "# c\nDjango[a,b]==4.2 ; python_version < \"3.8\" \\\n  --hash=sha256:00\n-r other.txt\n-c c.txt\nflask>=2\n-e .\nx @ https://e.com/x.zip\n";
        var others = new[] { ("other.txt", "-r requirements.txt\nidna===3.4\n"), ("c.txt", "flask==2.3.3\n") };
        for (var length = 0; length <= text.Length; length++)
        {
            var extraction = Extractor.Extract(Inline("requirements.txt", text[..length], others));
            Assert.All(extraction.Packages, p => Assert.False(string.IsNullOrWhiteSpace(p.Name)));
        }
    }

    [Fact]
    public void The_family_lists_every_python_extractor_once()
    {
        Assert.Equal(
            ["PipfileLockExtractor", "PoetryLockExtractor", "RequirementsExtractor", "UvLockExtractor"],
            PythonExtractors.All.Select(e => e.GetType().Name));
    }
}

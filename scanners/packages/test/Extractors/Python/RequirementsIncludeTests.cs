using Bulwark.Scanners.Packages.Extractors.Python;
using static Bulwark.Scanners.Packages.Tests.Extractors.Python.PythonTestValues;

namespace Bulwark.Scanners.Packages.Tests.Extractors.Python;

public class RequirementsIncludeTests
{
    private static readonly RequirementsExtractor Extractor = new();

    [Fact]
    public void Included_files_are_read_in_place_and_constraints_pin_what_is_required_without_a_version()
    {
        var extraction = Extractor.Extract(Inline(
            "requirements.txt",
            """
            -r base.txt
            --requirement=dev/extra.txt
            -c constraints.txt
            flask
            gunicorn==21.2.0
            """,
            ("base.txt", "# shared\nDjango==4.2.1\n"),
            ("dev/extra.txt", "pytest==7.4.0\n-r ../base.txt\n"),
            ("constraints.txt", "Flask==2.3.3\nwerkzeug==2.3.7  # only constrained\ngunicorn==20.0.0\n")));

        Assert.Empty(extraction.Diagnostics);
        Assert.Equal(
            [
                "base.txt:2 Django 4.2.1 pkg:pypi/django@4.2.1 Unknown",
                "dev/extra.txt:1 pytest 7.4.0 pkg:pypi/pytest@7.4.0 Unknown",
                "requirements.txt:4 flask 2.3.3 pkg:pypi/flask@2.3.3 Unknown",
                "requirements.txt:5 gunicorn 21.2.0 pkg:pypi/gunicorn@21.2.0 Unknown",
                "constraints.txt:2 werkzeug 2.3.7 pkg:pypi/werkzeug@2.3.7 Unknown",
            ],
            Rows(extraction));
        Assert.Equal(
            [
                "-",
                "-",
                "version pinned by the constraints file constraints.txt (line 1)",
                "-",
                "listed only in a constraints file: installed only if something requires it",
            ],
            Notes(extraction));
    }

    [Fact]
    public void An_include_cycle_is_reported_where_it_closes_and_each_file_is_read_once()
    {
        var extraction = Extractor.Extract(Inline(
            "requirements.txt",
            "-r more.txt\nsix==1.16.0\n",
            ("more.txt", "-r requirements.txt\nidna==3.4\n-r ./more.txt\n")));

        Assert.Equal(
            [
                "more.txt:2 idna 3.4 pkg:pypi/idna@3.4 Unknown",
                "requirements.txt:2 six 1.16.0 pkg:pypi/six@1.16.0 Unknown",
            ],
            Rows(extraction));
        Assert.Equal(
            [
                "more.txt:1 -r requirements.txt: requirements.txt is already being read (the includes form a cycle); not read again",
                "more.txt:3 -r ./more.txt: more.txt is already being read (the includes form a cycle); not read again",
            ],
            DiagnosticRows(extraction));
    }

    [Fact]
    public void Missing_remote_and_empty_includes_are_reported_with_the_file_and_line_that_name_them()
    {
        var extraction = Extractor.Extract(Inline(
            "app/requirements.txt",
            """
            -r missing.txt
            -c ../shared/constraints.txt
            attrs==23.1.0
            -r https://example.com/requirements.txt
            -r /etc/requirements.txt
            -r
            """));

        Assert.Equal(["app/requirements.txt:3 attrs 23.1.0 pkg:pypi/attrs@23.1.0 Unknown"], Rows(extraction));
        Assert.Equal(
            [
                "app/requirements.txt:1 -r missing.txt: app/missing.txt is not in the scan; its requirements are not read",
                "app/requirements.txt:2 -c ../shared/constraints.txt: shared/constraints.txt is not in the scan; its requirements are not read",
                "app/requirements.txt:4 -r https://example.com/requirements.txt: only files inside the scanned folder are followed; its requirements are not read",
                "app/requirements.txt:5 -r /etc/requirements.txt: only files inside the scanned folder are followed; its requirements are not read",
                "app/requirements.txt:6 -r names no file",
            ],
            DiagnosticRows(extraction));
    }

    [Fact]
    public void Problems_inside_an_included_file_are_reported_in_that_file()
    {
        var extraction = Extractor.Extract(Inline(
            "requirements.txt",
            "-rnested/requirements-base.txt\n",
            ("nested/requirements-base.txt", "requests==2.31.0\n\nnot valid here\n-r gone.txt\n")));

        Assert.Equal(["nested/requirements-base.txt:1 requests 2.31.0 pkg:pypi/requests@2.31.0 Unknown"], Rows(extraction));
        Assert.Equal(
            [
                "nested/requirements-base.txt:3 cannot read the requirement \"not valid here\": \"valid here\" is not a version specifier (such as ==1.2.3 or >=1.0); skipped",
                "nested/requirements-base.txt:4 -r gone.txt: nested/gone.txt is not in the scan; its requirements are not read",
            ],
            DiagnosticRows(extraction));
    }

    [Fact]
    public void A_constraints_file_that_includes_another_passes_on_that_it_holds_constraints()
    {
        var extraction = Extractor.Extract(Inline(
            "requirements.txt",
            "-c constraints.txt\nurllib3\ncertifi>=2023\n",
            ("constraints.txt", "-r more-constraints.txt\ncharset-normalizer>=3\n"),
            ("more-constraints.txt", "urllib3==2.0.4\ncertifi==2023.7.22\n")));

        Assert.Empty(extraction.Diagnostics);
        Assert.Equal(
            [
                "requirements.txt:2 urllib3 2.0.4 pkg:pypi/urllib3@2.0.4 Unknown",
                "requirements.txt:3 certifi 2023.7.22 pkg:pypi/certifi@2023.7.22 Unknown",
                "constraints.txt:2 charset-normalizer - pkg:pypi/charset-normalizer Unknown",
            ],
            Rows(extraction));
        Assert.Equal(
            [
                "version pinned by the constraints file more-constraints.txt (line 1)",
                "version pinned by the constraints file more-constraints.txt (line 2)",
                "listed only in a constraints file: installed only if something requires it; version is not pinned (>=3): it cannot be matched to advisories exactly",
            ],
            Notes(extraction));
    }
}

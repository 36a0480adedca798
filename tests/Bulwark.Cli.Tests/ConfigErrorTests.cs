namespace Bulwark.Cli.Tests;

public class ConfigErrorTests
{
    private static CliRun ScanWithConfig(TempProject project, string yaml)
    {
        project.Write("bulwark.yaml", yaml);
        return CliRun.Of(project.Root, "scan", ".");
    }

    [Fact]
    public void Invalid_yaml_names_the_file_and_line_and_exits_two()
    {
        using var project = new TempProject();
        var run = ScanWithConfig(project, "fail-on: high\nscanners: [secrets\nexclude: x\n");
        Assert.Equal(2, run.ExitCode);
        Assert.Matches(@"bulwark\.yaml:\d+: invalid YAML", run.Error);
        Assert.DoesNotContain("   at ", run.Error);
    }

    [Fact]
    public void An_unknown_key_names_its_line_and_the_keys_that_are_allowed()
    {
        using var project = new TempProject();
        var run = ScanWithConfig(project, "version: 1\nfail_on: high\n");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("bulwark.yaml:2: unknown key 'fail_on'", run.Error);
        Assert.Contains("fail-on", run.Error);
    }

    [Fact]
    public void An_unknown_rule_id_is_an_error_that_suggests_close_ids()
    {
        using var project = new TempProject();
        var run = ScanWithConfig(project, "rules:\n  disable: [secrets/github]\n");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("bulwark.yaml:2: unknown rule id 'secrets/github'", run.Error);
        Assert.Contains("secrets/github-token", run.Error);
    }

    [Fact]
    public void An_unknown_key_in_a_scanner_section_is_an_error()
    {
        using var project = new TempProject();
        var run = ScanWithConfig(project, "secrets:\n  rulez: [a.yaml]\n");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("bulwark.yaml:2: unknown key 'rulez'", run.Error);
    }

    [Fact]
    public void A_bad_value_names_where_it_was_written()
    {
        using var project = new TempProject();
        var run = ScanWithConfig(project, "\nmax-file-size: lots\n");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("bulwark.yaml:2: max-file-size: 'lots' is not a size", run.Error);
    }

    [Fact]
    public void A_missing_explicit_config_file_is_an_error()
    {
        using var project = new TempProject();
        var run = CliRun.Of(project.Root, "scan", ".", "--config", "nope.yaml");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("config file not found: nope.yaml", run.Error);
    }

    [Fact]
    public void An_unknown_scanner_is_an_error_listing_the_scanners()
    {
        using var project = new TempProject();
        var run = CliRun.Of(project.Root, "scan", ".", "--scanners", "secrets,nothing");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("unknown scanner 'nothing' (available: iac, packages, secrets)", run.Error);
    }

    [Fact]
    public void Every_problem_is_reported_at_once()
    {
        using var project = new TempProject();
        var run = ScanWithConfig(project, "rules:\n  disable: [secrets/nope-one]\n  severity:\n    secrets/nope-two: high\n");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("secrets/nope-one", run.Error);
        Assert.Contains("secrets/nope-two", run.Error);
    }

    [Fact]
    public void A_bad_output_spec_is_an_error_before_anything_is_scanned()
    {
        using var project = new TempProject();
        var run = CliRun.Of(project.Root, "scan", ".", "--output", "pdf=report.pdf");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("unknown format 'pdf'", run.Error);
    }
}

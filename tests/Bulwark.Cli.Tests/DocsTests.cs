using Bulwark.Cli.Docs;

namespace Bulwark.Cli.Tests;

public class DocsTests
{
    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Bulwark.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("repository root not found");
    }

    private static void AssertGeneratedPage(string relative, string expected)
    {
        var path = Path.Combine(RepoRoot(), relative);
        if (Environment.GetEnvironmentVariable("BULWARK_UPDATE_DOCS") == "1")
        {
            File.WriteAllText(path, expected);
        }

        Assert.True(File.Exists(path), $"{relative} is missing; regenerate it with BULWARK_UPDATE_DOCS=1");
        Assert.Equal(expected, File.ReadAllText(path));
    }

    [Fact]
    public void The_settings_reference_matches_the_declarations() =>
        AssertGeneratedPage("docs/settings.md", SettingsReference.Render([.. Catalog.Catalog.Scanners, .. Catalog.Catalog.Audits]));

    [Fact]
    public void The_rules_page_matches_the_rule_files() =>
        AssertGeneratedPage("docs/rules.md", RulesReference.Render([.. Catalog.Catalog.Scanners, .. Catalog.Catalog.Audits]));

    [Fact]
    public void The_format_setting_offers_exactly_the_registered_report_formats()
    {
        Assert.Equal(Catalog.Catalog.Reporters.Select(r => r.Format).Order(), Engine.Settings.ScanSettings.Format.Choices.Order());
    }
}

using Bulwark.Engine.Settings;
using Bulwark.Sdk;

namespace Bulwark.Tests.Engine;

public sealed class SettingsTests
{
    private static readonly string Work = Path.Combine(Path.GetTempPath(), "work");
    private static readonly string ConfigFolder = Path.Combine(Path.GetTempPath(), "project");

    private static Dictionary<string, SettingValue> Layer(string where, string baseDirectory, params (string Key, string[] Values)[] values) =>
        values.ToDictionary(v => v.Key, v => new SettingValue(v.Values, where, baseDirectory), StringComparer.Ordinal);

    private static SettingValues Resolve(
        IReadOnlyDictionary<string, SettingValue>? commandLine = null,
        IReadOnlyDictionary<string, SettingValue>? environment = null,
        IReadOnlyDictionary<string, SettingValue>? config = null) =>
        new(ScanSettings.All, [commandLine ?? Layer("", Work), environment ?? Layer("", Work), config ?? Layer("", Work)], Work);

    [Fact]
    public void The_command_line_wins_over_the_environment_which_wins_over_the_config_file_which_wins_over_the_default()
    {
        var commandLine = Layer("--fail-on", Work, ("fail-on", ["critical"]));
        var environment = Layer("BULWARK_FAIL_ON", Work, ("fail-on", ["medium"]));
        var config = Layer("bulwark.yaml:3", ConfigFolder, ("fail-on", ["low"]));

        Assert.Equal(("critical", "--fail-on"), Get(Resolve(commandLine, environment, config)));
        Assert.Equal(("medium", "BULWARK_FAIL_ON"), Get(Resolve(null, environment, config)));
        Assert.Equal(("low", "bulwark.yaml:3"), Get(Resolve(null, null, config)));
        Assert.Equal(("high", "default of --fail-on"), Get(Resolve()));

        static (string?, string) Get(SettingValues values) => (values.Get("fail-on"), values.Where("fail-on"));
    }

    [Fact]
    public void A_list_from_a_higher_layer_replaces_the_lower_one_instead_of_adding_to_it()
    {
        var commandLine = Layer("--exclude", Work, ("exclude", ["dist/"]));
        var config = Layer("bulwark.yaml:5", ConfigFolder, ("exclude", ["vendor/", "**/*.min.js"]));

        Assert.Equal(["dist/"], Resolve(commandLine, null, config).GetList("exclude"));
        Assert.Equal(["vendor/", "**/*.min.js"], Resolve(null, null, config).GetList("exclude"));
        Assert.Empty(Resolve().GetList("exclude"));
    }

    [Fact]
    public void The_environment_splits_lists_on_commas_and_ignores_empty_variables()
    {
        var variables = new Dictionary<string, string>
        {
            ["BULWARK_EXCLUDE"] = " vendor/ , ,dist/",
            ["BULWARK_FAIL_ON"] = "",
            ["BULWARK_MAX_FILE_SIZE"] = "5MB",
        };

        var layer = EnvironmentSettings.Read(ScanSettings.All, name => variables.GetValueOrDefault(name), Work);

        Assert.Equal(["vendor/", "dist/"], layer["exclude"].Values);
        Assert.Equal("BULWARK_EXCLUDE", layer["exclude"].Where);
        Assert.Equal(["5MB"], layer["max-file-size"].Values);
        Assert.False(layer.ContainsKey("fail-on"));
    }

    [Fact]
    public void A_path_is_resolved_against_the_folder_of_the_layer_that_gave_it()
    {
        var config = Layer("bulwark.yaml:7", ConfigFolder, ("baseline", ["reports/base.json"]));
        var commandLine = Layer("--baseline", Work, ("baseline", ["base.json"]));

        Assert.Equal(Path.Combine(ConfigFolder, "reports", "base.json"), Resolve(null, null, config).ResolvePath("baseline", "reports/base.json"));
        Assert.Equal(Path.Combine(Work, "base.json"), Resolve(commandLine, null, config).ResolvePath("baseline", "base.json"));
    }

    [Fact]
    public void Asking_for_an_undeclared_setting_is_a_programming_error()
    {
        var error = Assert.Throws<ArgumentException>(() => Resolve().Get("fail_on"));

        Assert.Contains("'fail_on' is not declared", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_setting_declaration_gives_its_flag_and_environment_variable()
    {
        var setting = new SettingInfo("secrets.max-file-size", SettingType.Size, "help");

        Assert.Equal("--secrets-max-file-size", setting.Flag);
        Assert.Equal("BULWARK_SECRETS_MAX_FILE_SIZE", setting.EnvironmentVariable);
    }

    [Theory]
    [InlineData("fail-on", "severe", "'severe' is not one of: critical, high, medium, low, none")]
    [InlineData("max-file-size", "lots", "'lots' is not a size")]
    [InlineData("threads", "0", "'0' is not a positive whole number")]
    [InlineData("threads", "two", "'two' is not a positive whole number")]
    [InlineData("quiet", "yes", "'yes' is not true or false")]
    public void A_bad_value_is_a_problem_that_names_the_setting_and_where_it_was_written(string key, string value, string message)
    {
        var config = Layer("bulwark.yaml:4", ConfigFolder, (key, [value]));

        var problem = Assert.Single(SettingChecks.Validate(ScanSettings.All, Resolve(null, null, config)));

        Assert.Equal("bulwark.yaml:4", problem.Where);
        Assert.StartsWith(key + ": ", problem.Message, StringComparison.Ordinal);
        Assert.Contains(message, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Good_values_and_unset_settings_are_not_problems_and_choices_ignore_case()
    {
        var commandLine = Layer("--flag", Work, ("fail-on", ["HIGH"]), ("max-file-size", ["512k"]), ("threads", ["4"]), ("quiet", ["true"]), ("exclude", ["a/", "b/"]));

        Assert.Empty(SettingChecks.Validate(ScanSettings.All, Resolve(commandLine)));
        Assert.Empty(SettingChecks.Validate(ScanSettings.All, Resolve()));
    }

    [Theory]
    [InlineData("10MB", 10L * 1024 * 1024)]
    [InlineData("512k", 512L * 1024)]
    [InlineData("512 KB", 512L * 1024)]
    [InlineData("1.5GB", 1536L * 1024 * 1024)]
    [InlineData("2g", 2L * 1024 * 1024 * 1024)]
    [InlineData("1048576", 1048576L)]
    [InlineData("100B", 100L)]
    public void A_size_is_read_in_bytes_with_binary_multiples(string text, long bytes)
    {
        Assert.Equal(bytes, SettingChecks.ParseSize(text));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("0MB")]
    [InlineData("-5MB")]
    [InlineData("lots")]
    [InlineData("MB")]
    [InlineData("")]
    public void A_size_that_is_not_positive_or_not_a_number_is_rejected(string text)
    {
        Assert.Null(SettingChecks.ParseSize(text));
    }
}

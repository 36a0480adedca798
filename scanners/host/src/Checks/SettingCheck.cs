using Bulwark.Rules;
using Bulwark.Scanners.Host.Config;
using Bulwark.Scanners.Host.Model;
using Bulwark.Sdk;

namespace Bulwark.Scanners.Host.Checks;

/// <summary><c>setting</c>: the value in effect for a key of a configuration file, read the way its program reads it.</summary>
public sealed class SettingCheck : ICheck
{
    private SettingCheck(string path, IConfigSyntax syntax, string key, ValueExpectation expectation, CheckStatus missing, string? defaultValue)
    {
        Default = defaultValue;
        Path = path;
        Syntax = syntax;
        Key = key;
        Expectation = expectation;
        Missing = missing;
    }

    /// <summary>The configuration file.</summary>
    public string Path { get; }

    /// <summary>How its program reads it.</summary>
    public IConfigSyntax Syntax { get; }

    /// <summary>The key (lower-case for case-insensitive syntaxes).</summary>
    public string Key { get; }

    /// <summary>The key as people write it (sshd keywords in the manual's spelling), for messages.</summary>
    public string DisplayKey => Syntax.Name == "sshd" ? Remediation.SshdKeywords.Canonical(Key) : Key;

    /// <summary>What the value must be.</summary>
    public ValueExpectation Expectation { get; }

    /// <summary>What a missing file means.</summary>
    public CheckStatus Missing { get; }

    /// <summary>The program's built-in value when the key is not set (<c>default:</c>), or null when "not set" must be judged as such.</summary>
    public string? Default { get; }

    /// <summary>Reads the check from <paramref name="map"/>.</summary>
    public static SettingCheck? Parse(YamlMap map)
    {
        var path = map.Text("file", required: true);
        var syntaxName = map.Text("syntax", required: true);
        var key = map.Text("key", required: true);
        var syntax = syntaxName is null ? null : ConfigSyntaxes.For(syntaxName);
        if (syntaxName is not null && syntax is null)
        {
            map.Problems.Add(new ConfigProblem(map.Where("syntax"), $"unknown syntax '{syntaxName}' (expected one of: {string.Join(", ", ConfigSyntaxes.Names)})"));
        }

        var caseInsensitive = syntaxName == "sshd";
        var expectation = ValueExpectation.Read(map, caseInsensitive);
        var missing = MissingMeans.Read(map, expectation?.WantsAbsent == true ? CheckStatus.Pass : CheckStatus.Fail);
        return path is null || syntax is null || key is null || expectation is null
            ? null
            : new SettingCheck(path, syntax, caseInsensitive ? key.ToLowerInvariant() : key, expectation, missing, map.Text("default"));
    }

    /// <inheritdoc />
    public string Describe() => Expectation.WantsAbsent ? $"{DisplayKey} not set in {Path}" : $"{DisplayKey} {Expectation.Describe()} in {Path}";

    /// <inheritdoc />
    public CheckOutcome Evaluate(CheckContext context)
    {
        var read = context.Config(Syntax, Path);
        if (read.Missing)
        {
            return MissingMeans.Outcome(Missing, $"{Path} does not exist", new Evidence(Path, 0, "missing", Describe()));
        }

        if (read.Entries.Count == 0 && read.Problems.Count > 0)
        {
            return CheckOutcome.Errored($"{Path} cannot be read: {read.Problems[0]}", new Evidence(Path, 0, read.Problems[0], Describe()));
        }

        var entry = Syntax.Effective(read.Entries, Key);
        var required = Expectation.WantsAbsent ? "not set" : $"{DisplayKey} {Expectation.Describe()}";
        var evidence = entry is null
            ? new Evidence(Path, 0, Default is null ? $"{DisplayKey} not set" : $"{DisplayKey} not set (default {Default})", required)
            : new Evidence(entry.File, entry.Line, $"{DisplayKey} {entry.Value}", required);
        return Expectation.IsMetBy(entry?.Value ?? Default)
            ? CheckOutcome.Passed(entry is null ? $"{DisplayKey} is not set in {Path}" : $"{entry.File}:{entry.Line}: {DisplayKey} {entry.Value}", evidence)
            : CheckOutcome.Failed(entry is null ? $"{DisplayKey} is not set in {Path} (required: {Expectation.Describe()})" : $"{entry.File}:{entry.Line}: {DisplayKey} is {entry.Value} (required: {Expectation.Describe()})", evidence);
    }
}

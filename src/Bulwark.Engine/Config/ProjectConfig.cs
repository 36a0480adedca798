using Bulwark.Engine.Settings;

namespace Bulwark.Engine.Config;

/// <summary>What a <c>bulwark.yaml</c> holds, already checked: setting values, rule overrides and suppressions.</summary>
public sealed record ProjectConfig
{
    /// <summary>No config file.</summary>
    public static ProjectConfig Empty { get; } = new();

    /// <summary>The file it was read from; null when there is none.</summary>
    public string? Path { get; init; }

    /// <summary>The setting values it gives, by setting key (room settings as <c>room.key</c>).</summary>
    public IReadOnlyDictionary<string, SettingValue> Settings { get; init; } = new Dictionary<string, SettingValue>();

    /// <summary>Rule switches and severity changes.</summary>
    public RuleOverrides Rules { get; init; } = RuleOverrides.None;

    /// <summary>Suppressions written in the file.</summary>
    public IReadOnlyList<ConfigSuppression> Suppressions { get; init; } = [];
}

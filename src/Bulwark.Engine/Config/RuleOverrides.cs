using Bulwark.Sdk;

namespace Bulwark.Engine.Config;

/// <summary>What the project says about rules: which to switch off or on, and severities to change.</summary>
public sealed record RuleOverrides
{
    /// <summary>No overrides.</summary>
    public static RuleOverrides None { get; } = new();

    /// <summary>Rule ids switched off, each with where it was written.</summary>
    public IReadOnlyDictionary<string, string> Disabled { get; init; } = new Dictionary<string, string>();

    /// <summary>Rule ids switched on that are off by default, each with where it was written.</summary>
    public IReadOnlyDictionary<string, string> Enabled { get; init; } = new Dictionary<string, string>();

    /// <summary>New severities by rule id, each with where it was written.</summary>
    public IReadOnlyDictionary<string, (Severity Severity, string Where)> Severities { get; init; } = new Dictionary<string, (Severity, string)>();
}

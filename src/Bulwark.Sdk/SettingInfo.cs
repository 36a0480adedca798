namespace Bulwark.Sdk;

/// <summary>
/// One setting, declared once. From the declaration come the command-line flag, the <c>bulwark.yaml</c>
/// key, the <c>BULWARK_</c> environment variable, the default and the help text.
/// </summary>
/// <param name="Key">
/// The dotted key, kebab-case: <c>fail-on</c> for a scan setting, <c>secrets.max-file-size</c> for a room's.
/// It is the YAML path, the flag (<c>--secrets-max-file-size</c>) and the variable (<c>BULWARK_SECRETS_MAX_FILE_SIZE</c>).
/// </param>
/// <param name="Type">What kind of value it holds.</param>
/// <param name="Help">One sentence for <c>--help</c> and the generated reference.</param>
public sealed record SettingInfo(string Key, SettingType Type, string Help)
{
    /// <summary>The value used when nothing sets it; null when unset means "none".</summary>
    public string? Default { get; init; }

    /// <summary>The accepted values of a <see cref="SettingType.Choice"/> setting.</summary>
    public IReadOnlyList<string> Choices { get; init; } = [];

    /// <summary>The command-line flag.</summary>
    public string Flag => FlagName ?? "--" + Key.Replace('.', '-');

    /// <summary>
    /// The flag when it should not be derived from the key: a room's setting people type often
    /// (<c>--ignore-unfixed</c> rather than <c>--packages-ignore-unfixed</c>). Must not clash with another flag.
    /// </summary>
    public string? FlagName { get; init; }

    /// <summary>The environment variable.</summary>
    public string EnvironmentVariable => EnvironmentName ?? "BULWARK_" + Key.Replace('.', '_').Replace('-', '_').ToUpperInvariant();

    /// <summary>What <c>--help</c> calls the value (<c>DIR</c>, <c>URL</c>) when the type's usual name (<c>FILE</c>) would mislead.</summary>
    public string? ValueName { get; init; }

    /// <summary>The environment variable when it should not be derived from the key (<c>BULWARK_CACHE_DIR</c>, shared by several commands).</summary>
    public string? EnvironmentName { get; init; }
}

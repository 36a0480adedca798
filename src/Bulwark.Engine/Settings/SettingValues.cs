using Bulwark.Sdk;

namespace Bulwark.Engine.Settings;

/// <summary>
/// Resolves settings in layers: command line over environment over config file over declared default.
/// A list given in a higher layer replaces the lower one rather than adding to it, so a flag always wins.
/// </summary>
public sealed class SettingValues : ISettingValues
{
    private readonly Dictionary<string, SettingInfo> _declared;
    private readonly IReadOnlyList<IReadOnlyDictionary<string, SettingValue>> _layers;
    private readonly string _workingDirectory;

    /// <summary>Creates the resolver; <paramref name="layers"/> are ordered highest priority first.</summary>
    public SettingValues(IEnumerable<SettingInfo> declared, IReadOnlyList<IReadOnlyDictionary<string, SettingValue>> layers, string workingDirectory)
    {
        _declared = declared.ToDictionary(s => s.Key, StringComparer.Ordinal);
        _layers = layers;
        _workingDirectory = workingDirectory;
    }

    /// <inheritdoc />
    public string? Get(string key) => Find(key) is { } value ? (value.Values.Count > 0 ? value.Values[^1] : null) : Declared(key).Default;

    /// <inheritdoc />
    public IReadOnlyList<string> GetList(string key)
    {
        if (Find(key) is { } value)
        {
            return value.Values;
        }

        return Declared(key).Default is { } fallback ? [fallback] : [];
    }

    /// <inheritdoc />
    public string Where(string key) => Find(key)?.Where ?? "default of " + Declared(key).Flag;

    /// <inheritdoc />
    public string ResolvePath(string key, string value) =>
        Path.GetFullPath(value, Find(key)?.BaseDirectory ?? _workingDirectory);

    /// <summary>Whether anything other than the default set the setting.</summary>
    public bool IsSet(string key) => Find(key) is not null;

    private SettingValue? Find(string key)
    {
        Declared(key);
        foreach (var layer in _layers)
        {
            if (layer.TryGetValue(key, out var value))
            {
                return value;
            }
        }

        return null;
    }

    private SettingInfo Declared(string key) =>
        _declared.TryGetValue(key, out var info) ? info : throw new ArgumentException($"setting '{key}' is not declared", nameof(key));
}

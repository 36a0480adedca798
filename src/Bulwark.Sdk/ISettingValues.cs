namespace Bulwark.Sdk;

/// <summary>
/// The resolved values of declared settings (command line over environment over config file over default),
/// as text. Each room parses its own values and reports problems through <see cref="Where"/>.
/// </summary>
public interface ISettingValues
{
    /// <summary>The value of a single-valued setting, or null when it is unset and has no default.</summary>
    string? Get(string key);

    /// <summary>The values of a list setting; empty when unset.</summary>
    IReadOnlyList<string> GetList(string key);

    /// <summary>Where the value came from, for error messages: <c>bulwark.yaml:12</c>, <c>--flag</c>, <c>BULWARK_X</c>.</summary>
    string Where(string key);

    /// <summary>
    /// Resolves a path given as (or in) a setting's value: relative to the config file's folder when the
    /// value came from there, to the working directory otherwise.
    /// </summary>
    string ResolvePath(string key, string value);
}

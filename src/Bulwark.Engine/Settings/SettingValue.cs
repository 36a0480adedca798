namespace Bulwark.Engine.Settings;

/// <summary>One setting's value as given somewhere, with where it came from.</summary>
/// <param name="Values">The value (one item) or values (a list setting).</param>
/// <param name="Where">Where it was given: <c>--flag</c>, <c>BULWARK_X</c>, <c>bulwark.yaml:12</c>.</param>
/// <param name="BaseDirectory">The folder relative paths in it are resolved against.</param>
public sealed record SettingValue(IReadOnlyList<string> Values, string Where, string BaseDirectory);

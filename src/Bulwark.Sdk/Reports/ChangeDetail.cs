namespace Bulwark.Sdk;

/// <summary>
/// One fact about a change on a watched system: an attribute's old and new value (<c>mode</c>: <c>0644</c> to
/// <c>4755</c>), or a single value that describes what appeared or went (<c>uid</c>: <c>0</c> of a new user).
/// </summary>
/// <param name="Name">What it is about: an attribute (<c>sha256</c>, <c>owner</c>) or a fact (<c>uid</c>, <c>unit</c>).</param>
/// <param name="Old">The value before, or null when there was none.</param>
/// <param name="New">The value now, or null when there is none.</param>
public sealed record ChangeDetail(string Name, string? Old, string? New);

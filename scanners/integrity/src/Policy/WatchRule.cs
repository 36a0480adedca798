namespace Bulwark.Scanners.Integrity.Policy;

/// <summary>One path the policy watches and what to compare there.</summary>
/// <param name="Path">Absolute inside the root; a segment may hold <c>*</c> (<c>/home/*/.ssh</c>).</param>
/// <param name="Attributes">What to compare.</param>
/// <param name="Recurse">False to watch only the path itself, not what is under it.</param>
/// <param name="Where">The policy file and line, for messages.</param>
internal sealed record WatchRule(string Path, Attributes Attributes, bool Recurse, string Where);

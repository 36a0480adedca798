namespace Bulwark.Engine.Suppressions;

/// <summary>One line of a <c>.bulwarkignore</c> file: a fingerprint, why it is accepted, and until when.</summary>
/// <param name="Fingerprint">The fingerprint it suppresses.</param>
/// <param name="Reason">Why (mandatory).</param>
/// <param name="Expires">The last day it applies; null when it does not expire.</param>
/// <param name="Source">Where it is written (<c>.bulwarkignore:4</c>).</param>
public sealed record IgnoreEntry(string Fingerprint, string Reason, DateOnly? Expires, string Source);

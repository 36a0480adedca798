namespace Bulwark.Sdk;

/// <summary>A suppression past its expiry date: it no longer hides anything and should be renewed or removed.</summary>
/// <param name="Fingerprint">The fingerprint it named.</param>
/// <param name="Source">Where it is written (<c>.bulwarkignore:4</c>).</param>
/// <param name="Reason">The reason it gave.</param>
/// <param name="Expired">The day it expired.</param>
public sealed record ExpiredSuppression(string Fingerprint, string Source, string Reason, DateOnly Expired);

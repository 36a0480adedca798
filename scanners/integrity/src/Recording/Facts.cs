namespace Bulwark.Scanners.Integrity.Recording;

/// <summary>What a well-known file says, as its fact reader put it.</summary>
/// <param name="Reader">The reader's id.</param>
/// <param name="Values">The facts, sorted.</param>
internal sealed record Facts(string Reader, IReadOnlyList<string> Values);

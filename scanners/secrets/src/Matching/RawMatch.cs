namespace Bulwark.Scanners.Secrets.Matching;

/// <summary>A pattern match before any filtering: which rule, the matched span and the secret's span, as text offsets.</summary>
/// <param name="Rule">The index of the rule in the rule set.</param>
/// <param name="Start">Offset of the whole match.</param>
/// <param name="Length">Length of the whole match.</param>
/// <param name="SecretStart">Offset of the secret inside the text.</param>
/// <param name="SecretLength">Length of the secret.</param>
public readonly record struct RawMatch(int Rule, int Start, int Length, int SecretStart, int SecretLength)
{
    /// <summary>Offset just after the match.</summary>
    public int End => Start + Length;

    /// <summary>Offset just after the secret.</summary>
    public int SecretEnd => SecretStart + SecretLength;
}

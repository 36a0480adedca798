namespace Bulwark.Scanners.Secrets.Output;

/// <summary>
/// How a secret appears in any output: a short prefix (enough to recognise a token's kind, never enough to
/// use it) and the length. The rest of the value is never written anywhere.
/// </summary>
public static class Redaction
{
    /// <summary>The redacted form, such as <c>ghp_…[redacted:40]</c>.</summary>
    public static string Of(ReadOnlySpan<char> secret)
    {
        var visible = secret.TrimStart();
        var shown = Math.Min(4, visible.Length / 5);
        return $"{visible[..shown]}…[redacted:{secret.Length}]";
    }
}

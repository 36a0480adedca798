namespace Bulwark.Scanners.Packages.Versions;

/// <summary>
/// A Composer (Packagist) version: normalised as Composer does (see <see cref="ComposerNormalizer"/>), so
/// <c>v1.0</c>, <c>1.0.0</c> and <c>1.0.0.0</c> are one version, then ordered as PHP's <c>version_compare</c> orders
/// the normal forms: part by part, and when one runs out, the longer is newer if its next part is a number or
/// <c>patch</c> and older if it is <c>dev</c>, <c>alpha</c>, <c>beta</c> or <c>RC</c>. Hence
/// <c>1.0.0-dev &lt; 1.0.0-alpha1 &lt; 1.0.0-beta &lt; 1.0.0-RC1 &lt; 1.0.0 &lt; 1.0.0-patch1 &lt; 1.0.0.1</c>.
/// </summary>
internal sealed class ComposerVersion : ParsedVersion<ComposerVersion>
{
    private readonly ComposerToken[] tokens;

    private ComposerVersion(string text, ComposerToken[] tokens)
        : base(text) => this.tokens = tokens;

    /// <summary>The version, or null when Composer would not read <paramref name="text"/> as one.</summary>
    public static ComposerVersion? Parse(string text) =>
        ComposerNormalizer.Normalize(text) is { } tokens ? new ComposerVersion(text, tokens) : null;

    /// <inheritdoc/>
    public override int CompareTo(ComposerVersion? other)
    {
        if (other is null)
        {
            return 1;
        }

        var shared = Math.Min(tokens.Length, other.tokens.Length);
        for (var i = 0; i < shared; i++)
        {
            var result = tokens[i].CompareTo(other.tokens[i]);
            if (result != 0)
            {
                return result;
            }
        }

        if (tokens.Length == other.tokens.Length)
        {
            return 0;
        }

        return tokens.Length > other.tokens.Length ? AgainstEnd(tokens[shared]) : -AgainstEnd(other.tokens[shared]);
    }

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        foreach (var token in tokens)
        {
            hash.Add(token);
        }

        return hash.ToHashCode();
    }

    // What the first extra part of the longer version says (version_compare's "#N#" rule): a number makes it
    // newer, a special form compares with a number's rank.
    private static int AgainstEnd(ComposerToken extra) => extra.IsNumber ? 1 : extra.Rank.CompareTo(ComposerToken.NumberRank);
}

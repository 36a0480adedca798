using System.Text.RegularExpressions;

namespace Bulwark.Server.Trackers;

/// <summary>Which products a tracker takes findings of: names or globs (<c>payments-*</c>, <c>?</c> for one character); none given means all.</summary>
internal sealed class ProductMatch
{
    private readonly Regex? _pattern;

    public ProductMatch(IReadOnlyList<string> globs)
    {
        Globs = globs;
        _pattern = globs.Count == 0
            ? null
            : new Regex("^(?:" + string.Join('|', globs.Select(g => Regex.Escape(g).Replace("\\*", ".*", StringComparison.Ordinal).Replace("\\?", ".", StringComparison.Ordinal))) + ")$",
                RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }

    public IReadOnlyList<string> Globs { get; }

    public bool Matches(string product) => _pattern?.IsMatch(product) ?? true;
}

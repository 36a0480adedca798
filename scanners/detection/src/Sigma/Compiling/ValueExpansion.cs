using Bulwark.Scanners.Detection.Sigma.Matching;
using Bulwark.Scanners.Detection.Sigma.Model;

namespace Bulwark.Scanners.Detection.Sigma.Compiling;

/// <summary>
/// Applies a string value's modifiers in the order written: placeholders first (their values may bring wildcards),
/// then encodings, windash and the position modifiers. One rule value can become several (OR-ed) Sigma strings.
/// </summary>
internal static class ValueExpansion
{
    private const int MaxWindashDashes = 4;

    /// <summary>
    /// The Sigma strings to compare with, and whether windash is left to the matcher (dashes normalised on both sides);
    /// or the reason the value cannot be compiled.
    /// </summary>
    public static (IReadOnlyList<SigmaString> Values, bool Windash, string? Error) Expand(
        SigmaValue value, ModifierChain chain, bool keyword, SigmaCompileOptions options)
    {
        var values = new List<SigmaString> { value.Pattern! };
        if (chain.Expand && Placeholders(values[0], options) is var (expanded, missing))
        {
            if (missing is not null)
            {
                return ([], false, $"placeholder %{missing}% in '{value.Text}' has no value: give it in the placeholder list");
            }

            values = expanded;
        }

        SigmaModifier? utf16 = null;
        var windash = false;
        for (var i = 0; i < chain.Order.Count; i++)
        {
            var modifier = chain.Order[i];
            switch (modifier)
            {
                case SigmaModifier.Utf16Le or SigmaModifier.Utf16Be or SigmaModifier.Utf16:
                    utf16 = modifier;
                    break;
                case SigmaModifier.Base64 or SigmaModifier.Base64Offset:
                    if (values.FirstOrDefault(v => v.Plain is null) is { } wild)
                    {
                        return ([], false, $"'{wild}' has wildcards (from a placeholder), and {ModifierNames.Name(modifier)} cannot encode a wildcard");
                    }

                    values = values.SelectMany(v => Encode(v.Plain!, modifier, utf16)).Select(SigmaString.Literal).ToList();
                    break;
                case SigmaModifier.Windash when chain.Order.Skip(i).Any(m => m is SigmaModifier.Base64 or SigmaModifier.Base64Offset):
                    // The encoding must see each spelling, so the permutations are made here.
                    if (values.FirstOrDefault(v => Dashes(v) > MaxWindashDashes) is { } many)
                    {
                        return ([], false, $"'{many}' has more than {MaxWindashDashes} dashes: windash before an encoding would make too many permutations");
                    }

                    values = values.SelectMany(Permutations).ToList();
                    break;
                case SigmaModifier.Windash:
                    windash = true;
                    values = values.Select(v => v.MapLiterals(WindashTest.Normalise)).ToList();
                    break;
                case SigmaModifier.Contains or SigmaModifier.StartsWith or SigmaModifier.EndsWith:
                    values = values.Select(v => v.Surround(modifier != SigmaModifier.StartsWith, modifier != SigmaModifier.EndsWith)).ToList();
                    break;
            }
        }

        // Keywords are searched anywhere in the event's text unless a position modifier says otherwise.
        if (keyword && chain.Position is null)
        {
            values = values.Select(v => v.Surround(true, true)).ToList();
        }

        return (values, windash, null);
    }

    private static (List<SigmaString> Values, string? Missing) Placeholders(SigmaString pattern, SigmaCompileOptions options)
    {
        var results = new List<List<SigmaPart>> { new() };
        foreach (var part in pattern.Parts)
        {
            if (part.Kind != SigmaPartKind.Placeholder)
            {
                results.ForEach(r => r.Add(part));
                continue;
            }

            if (!options.Placeholders.TryGetValue(part.Text, out var replacements))
            {
                return ([], part.Text);
            }

            results = results.SelectMany(r => replacements.Select(text => r.Concat(SigmaString.Parse(text, false).Parts).ToList())).ToList();
        }

        return (results.Select(SigmaString.Of).ToList(), null);
    }

    private static IEnumerable<string> Encode(string text, SigmaModifier encoding, SigmaModifier? utf16)
    {
        var bytes = Encodings.Bytes(text, utf16);
        return encoding == SigmaModifier.Base64 ? [Encodings.Base64(bytes)] : Encodings.Base64Offsets(bytes);
    }

    private static int Dashes(SigmaString value) => value.Parts.Where(p => p.Kind == SigmaPartKind.Literal).Sum(p => p.Text.Count(IsDash));

    private static bool IsDash(char c) => c == '-' || WindashTest.Dashes.Contains(c, StringComparison.Ordinal);

    // Every spelling of the value with each dash replaced by each of the five dash characters.
    private static IEnumerable<SigmaString> Permutations(SigmaString value)
    {
        IEnumerable<string> Spellings(string text)
        {
            var spellings = new List<string> { "" };
            foreach (var c in text)
            {
                spellings = IsDash(c) ? spellings.SelectMany(s => ("-" + WindashTest.Dashes).Select(d => s + d)).ToList() : spellings.Select(s => s + c).ToList();
            }

            return spellings;
        }

        var results = new List<List<SigmaPart>> { new() };
        foreach (var part in value.Parts)
        {
            results = part.Kind == SigmaPartKind.Literal
                ? results.SelectMany(r => Spellings(part.Text).Select(s => r.Append(part with { Text = s }).ToList())).ToList()
                : results.Select(r => r.Append(part).ToList()).ToList();
        }

        return results.Select(SigmaString.Of);
    }
}

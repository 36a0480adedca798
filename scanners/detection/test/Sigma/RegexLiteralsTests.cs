using System.Text.RegularExpressions;
using Bulwark.Scanners.Detection.Sigma.Matching;

namespace Bulwark.Scanners.Detection.Tests.Sigma;

/// <summary>
/// A regular expression's required texts must hold for every match (a wrong one would hide a detection), so each
/// pattern here is also checked against every short text over its alphabet; patterns where reading literally would be
/// wrong (optional characters, alternatives, empty branches, repetition) are the point.
/// </summary>
public class RegexLiteralsTests
{
    [Theory]
    [InlineData(@"-(W|R)\s?(\s|""|')([0-9a-fA-F]{2}\s?){2,20}(\s|""|')", "-W|-R")]
    [InlineData("-D", "-D")]
    [InlineData(@"\s-O\s", "-O")]
    [InlineData("abc?de", "ab")]
    [InlineData("foo|bar", "foo|bar")]
    [InlineData("(ab|)cd", "abcd|cd")]
    [InlineData("ab{0,3}cd", "cd")]
    [InlineData(@"a\.b", "a.b")]
    [InlineData("[ab]cd", "cd")]
    [InlineData(@"(?<n>ab)cd", "abcd")]
    [InlineData(@"(?:xy|yx)z+", "xy|yx")]
    [InlineData(@"\bssh\b", "ssh")]
    [InlineData(@"x{,2}yz", "x{,2}yz")]
    [InlineData(@"[]x]abc", "abc")]
    [InlineData(@"[\]x]abc", "abc")]
    public void Certain_texts_are_found(string pattern, string expected)
    {
        var found = RegexLiterals.Required(pattern, RegexOptions.None);

        Assert.NotNull(found);
        Assert.Equal(expected.Split('|').Order(), found.Select(l => l.Text).Order());
        Assert.All(found, l => Assert.Equal(LiteralPlace.Anywhere, l.Place));
    }

    [Theory]
    [InlineData("ab?c")]
    [InlineData("ab|cd|")]
    [InlineData("a.b")]
    [InlineData("ab+c")]
    [InlineData("(.){200,}")]
    [InlineData(@"(^|\/)\.[^.\/]")]
    [InlineData(@"(?:\s-[^-\s]{0,20}i|\s--inode\s)")]
    [InlineData("(?i)secret")]
    [InlineData("(?i:secret)")]
    [InlineData("(?=secret)")]
    [InlineData(@"\x41BCD")]
    [InlineData(@"\p{L}bcd")]
    [InlineData(@"(ab)\1cd")]
    [InlineData("[a-z-[aeiou]]xyz")]
    [InlineData("(?(x)abc|def)")]
    [InlineData("(?#note)abc")]
    [InlineData("(abc)*")]
    public void Nothing_is_claimed_when_nothing_certain_is_long_enough_or_the_pattern_is_not_understood(string pattern)
    {
        Assert.Null(RegexLiterals.Required(pattern, RegexOptions.None));
    }

    [Theory]
    [InlineData(RegexOptions.IgnoreCase)]
    [InlineData(RegexOptions.IgnorePatternWhitespace)]
    public void Options_that_change_what_a_text_means_give_nothing(RegexOptions options)
    {
        // Regex case folding is not the prefilter's: the Kelvin sign matches k there, not with ordinal case folding.
        Assert.Null(RegexLiterals.Required("secret", options));
    }

    [Theory]
    [InlineData("ab?c")]
    [InlineData("abc?da")]
    [InlineData("a(b|c)d")]
    [InlineData("(ab|)cd")]
    [InlineData("(ab|c|)da")]
    [InlineData("a+bc")]
    [InlineData("ab+cd")]
    [InlineData("(a|b)+cd")]
    [InlineData("a|bc")]
    [InlineData("ab{0,2}cd")]
    [InlineData("ab{2}cd")]
    [InlineData("ab{1,}?cd")]
    [InlineData("(?:ab|cd)+a")]
    [InlineData("a(?=bc)bc")]
    [InlineData("(?<=a)bcd")]
    [InlineData("(?!ab)cd")]
    [InlineData("[ab]cd")]
    [InlineData("a.bc")]
    [InlineData("(a|bc|)dd")]
    [InlineData("^ab$|cd")]
    [InlineData("((a|b)(c|d)){2}")]
    [InlineData("(a(b|c))|(d(a|))")]
    [InlineData("d*(ab)?(cd|dc)")]
    public void Every_match_over_a_small_alphabet_contains_a_found_text(string pattern)
    {
        var regex = new Regex(pattern, RegexOptions.CultureInvariant);
        var found = RegexLiterals.Required(pattern, regex.Options);
        if (found is null)
        {
            return;
        }

        foreach (var text in Texts("abcdAB", 6))
        {
            if (regex.IsMatch(text))
            {
                Assert.True(found.Any(l => text.Contains(l.Text, StringComparison.OrdinalIgnoreCase)), $"{pattern} matches '{text}' without any of {string.Join(", ", found)}");
            }
        }
    }

    private static IEnumerable<string> Texts(string alphabet, int longest)
    {
        var level = new List<string> { "" };
        for (var length = 0; length <= longest; length++)
        {
            foreach (var text in level)
            {
                yield return text;
            }

            level = [.. level.SelectMany(t => alphabet.Select(c => t + c))];
        }
    }
}

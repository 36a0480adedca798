using Bulwark.Scanners.Iac.Hcl.Syntax;
using Bulwark.Scanners.Iac.Model;

namespace Bulwark.Scanners.Iac.Tests.Hcl.Syntax;

public sealed class FuzzTests
{
    private static readonly string[] Fragments =
    [
        "resource", "\"aws\"", "{", "}", "[", "]", "(", ")", "=", "==", "\n", "\r\n", " ", "\t", "x", "var.a", ".", "*",
        "[*]", ".*", "${", "%{", "~}", "}", "\"", "<<EOT\n", "<<-EOT\n", "EOT\n", "#", "//", "/*", "*/", "for", "in", ":",
        "=>", "...", "?", "!", "-", "1e3", "0.5", ",", "if", "endif", "endfor", "else", "\\", "\\u00", "$${", "@", "::",
        "ü", "\uD83D", "\uDE00", "&&", "||", "<", ">", "null", "true",
    ];

    private const string Alphabet = "{}[]()\"'$%~\\<>=-*./:?!#\n\r \tab1";

    /// <summary>Parses and checks the invariants every input must keep: no exception, sane ranges, no internal error.</summary>
    private static void ParsesSafely(string text)
    {
        var result = HclParser.Parse(text, "fuzz.tf");
        Assert.DoesNotContain(result.Diagnostics, d => d.Message.StartsWith("Internal", StringComparison.Ordinal));
        var lines = text.Split('\n').Length;
        foreach (var diagnostic in result.Diagnostics)
        {
            AssertWellFormed(diagnostic.Range, lines, text);
        }

        Walk(result.Value, lines, text);
        foreach (var attribute in Nodes(result.Value).OfType<HclAttribute>())
        {
            Traversal.FindAll(attribute.Expression);
            Traversal.TryGet(attribute.Expression, out _);
        }
    }

    private static IEnumerable<Node> Nodes(Node root)
    {
        var stack = new Stack<Node>([root]);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            yield return node;
            foreach (var child in node.Children())
            {
                stack.Push(child);
            }
        }
    }

    private static void Walk(Node root, int lines, string text)
    {
        foreach (var node in Nodes(root))
        {
            AssertWellFormed(node.Range, lines, text);
        }
    }

    private static void AssertWellFormed(SourceRange range, int lines, string text)
    {
        Assert.True(range.StartLine >= 1 && range.StartColumn >= 1, $"range {range} starts before the file in {Show(text)}");
        Assert.True(range.EndLine <= lines + 1, $"range {range} ends after the file in {Show(text)}");
        Assert.True(
            range.StartLine < range.EndLine || (range.StartLine == range.EndLine && range.StartColumn <= range.EndColumn),
            $"range {range} ends before it starts in {Show(text)}");
    }

    private static string Show(string text) => text.Length > 200 ? text[..200] + "…" : text.Replace("\n", "\\n");

    [Fact]
    public void Random_token_soup_never_throws_and_yields_well_formed_ranges()
    {
        var random = new Random(20240611);
        for (var n = 0; n < 3000; n++)
        {
            var count = random.Next(1, 40);
            var text = string.Concat(Enumerable.Range(0, count).Select(_ => Fragments[random.Next(Fragments.Length)]));
            ParsesSafely(text);
        }
    }

    [Fact]
    public void Random_characters_never_throw()
    {
        var random = new Random(7);
        for (var n = 0; n < 2000; n++)
        {
            var chars = new char[random.Next(0, 80)];
            for (var k = 0; k < chars.Length; k++)
            {
                chars[k] = random.Next(4) == 0 ? (char)random.Next(0, 0xFFFF) : Alphabet[random.Next(Alphabet.Length)];
            }

            ParsesSafely(new string(chars));
        }
    }

    [Fact]
    public void Every_truncation_of_a_real_file_never_throws()
    {
        var sample = TerraformFileTests.Sample;
        for (var length = 0; length <= sample.Length; length++)
        {
            ParsesSafely(sample[..length]);
        }
    }

    [Fact]
    public void A_real_file_with_single_characters_removed_never_throws()
    {
        var sample = TerraformFileTests.Sample;
        for (var k = 0; k < sample.Length; k += 3)
        {
            ParsesSafely(sample.Remove(k, 1));
        }
    }

    [Theory]
    [InlineData("(")]
    [InlineData("[")]
    [InlineData("{")]
    [InlineData("a{")]
    [InlineData("\"${")]
    [InlineData("-")]
    [InlineData("!")]
    [InlineData("f(")]
    [InlineData("<<A\n${")]
    [InlineData("\"%{if x}")]
    public void Hostile_nesting_is_cut_off_with_a_diagnostic_instead_of_overflowing_the_stack(string opener)
    {
        var text = "x = " + string.Concat(Enumerable.Repeat(opener, 20_000)) + "1";
        var result = HclParser.Parse(text, "deep.tf");
        Assert.True(result.HasErrors);
        Assert.DoesNotContain(result.Diagnostics, d => d.Message.StartsWith("Internal", StringComparison.Ordinal));
        Walk(result.Value, 20_000 * 2, text);
    }

    [Fact]
    public void Deep_nesting_on_a_thread_with_a_small_stack_is_cut_off_instead_of_crashing()
    {
        ParseResult<ConfigFile>? result = null;
        var text = "x = " + string.Concat(Enumerable.Repeat("[(\"${", 5_000)) + "1";
        var thread = new Thread(() => result = HclParser.Parse(text, "deep.tf"), maxStackSize: 192 * 1024);
        thread.Start();
        thread.Join();
        Assert.NotNull(result);
        Assert.Contains(result.Diagnostics, d => d.Message.Contains("levels deep", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(" + 1")]
    [InlineData(".a")]
    [InlineData("[0]")]
    [InlineData("[*].a")]
    public void Very_long_operator_chains_parse_without_deep_trees(string step)
    {
        var text = "x = a" + string.Concat(Enumerable.Repeat(step, 50_000)) + "\ny = 1\n";
        var result = HclParser.Parse(text, "long.tf");
        Assert.NotNull(result.Value.Body.FindAttribute("y"));
        Assert.True(result.Value.Body.FindAttribute("x")!.Expression.Depth <= 300);
    }
}

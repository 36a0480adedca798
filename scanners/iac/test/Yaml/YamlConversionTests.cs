using Bulwark.Scanners.Iac.Model;
using Bulwark.Scanners.Iac.Yaml;

namespace Bulwark.Scanners.Iac.Tests.Yaml;

public class YamlConversionTests
{
    private static IacValue Convert(string text)
    {
        var (roots, problem) = YamlDocuments.Read("f.yaml", text);
        Assert.Null(problem);
        return YamlConversion.ToIac(Assert.Single(roots));
    }

    [Fact]
    public void Merge_keys_apply_with_the_mappings_own_keys_winning()
    {
        var value = (IacObject)Convert("""
            base: &base
              image: nginx
              privileged: true
            web:
              <<: *base
              privileged: false
            """);

        var web = (IacObject)value["web"]!;
        Assert.Equal("nginx", ((IacString)web["image"]!).Value);
        Assert.False(((IacBool)web["privileged"]!).Value);
        Assert.Equal(2, web["image"]!.Range.StartLine);
    }

    [Fact]
    public void A_block_collection_spans_through_its_last_value()
    {
        var value = (IacObject)Convert("""
            spec:
              containers:
                - name: a
                  image: nginx
            other: 1
            """);

        var spec = value["spec"]!;
        Assert.Equal((2, 4), (spec.Range.StartLine, spec.Range.EndLine));
    }

    [Fact]
    public void An_alias_bomb_turns_unknown_instead_of_exhausting_memory()
    {
        var text = "a: &a [x, x, x, x, x, x, x, x, x, x]\n";
        for (var level = 'b'; level <= 'j'; level++)
        {
            var previous = (char)(level - 1);
            text += $"{level}: &{level} [*{previous}, *{previous}, *{previous}, *{previous}, *{previous}, *{previous}, *{previous}, *{previous}, *{previous}, *{previous}]\n";
        }

        var value = (IacObject)Convert(text);

        Assert.Contains(Flatten(value), v => v is IacUnknown);
    }

    [Theory]
    [InlineData("\"x\"*a")]
    [InlineData("a: [1, 2")]
    [InlineData("a: b: c")]
    public void Broken_yaml_is_a_diagnostic_not_an_exception(string text)
    {
        var (_, problem) = YamlDocuments.Read("f.yaml", text);

        Assert.NotNull(problem);
        Assert.StartsWith("invalid YAML", problem.Message, StringComparison.Ordinal);
    }

    private static IEnumerable<IacValue> Flatten(IacValue value)
    {
        // Iterative on purpose: the tree is large until the budget cuts it.
        var stack = new Stack<IacValue>([value]);
        var seen = 0;
        while (stack.Count > 0 && seen++ < 2_000_000)
        {
            var next = stack.Pop();
            yield return next;
            var children = next switch
            {
                IacObject o => o.Members.Select(m => m.Value),
                IacList l => l.Items,
                _ => [],
            };
            foreach (var child in children)
            {
                stack.Push(child);
            }
        }
    }
}

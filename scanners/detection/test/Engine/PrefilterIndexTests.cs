using Bulwark.Scanners.Detection.Engine;
using Bulwark.Scanners.Detection.Sigma.Matching;
using Bulwark.Scanners.Detection.Tests.Sigma;

namespace Bulwark.Scanners.Detection.Tests.Engine;

public sealed class PrefilterIndexTests
{
    [Fact]
    public void A_rule_with_two_requirements_is_worth_trying_only_when_the_event_holds_both()
    {
        // Rule 0 needs grep and a shadow file; rule 1 only grep; rule 2 nothing.
        var index = new PrefilterIndex(
            [[new FieldLiteral("Image", "/grep", LiteralPlace.End)], [new FieldLiteral("Image", "/grep", LiteralPlace.End)], null],
            [[new FieldLiteral("CommandLine", "shadow")], null, null]);

        Assert.Equal([1, 2], Worth(index, ("Image", "/usr/bin/grep"), ("CommandLine", "grep -r todo .")));
        Assert.Equal([0, 1, 2], Worth(index, ("Image", "/usr/bin/GREP"), ("CommandLine", "grep root /etc/SHADOW")));
        Assert.Equal([2], Worth(index, ("Image", "/usr/bin/cat"), ("CommandLine", "cat /etc/shadow")));
    }

    [Fact]
    public void A_second_requirement_on_the_same_field_as_the_first_is_looked_for_in_the_same_value()
    {
        var index = new PrefilterIndex([[new FieldLiteral("CommandLine", "curl ", LiteralPlace.Start)]], [[new FieldLiteral("CommandLine", "| sh", LiteralPlace.End)]]);

        Assert.Equal([0], Worth(index, ("CommandLine", "curl -s http://x | sh")));
        Assert.Empty(Worth(index, ("CommandLine", "curl -s http://x")));
    }

    private static int[] Worth(PrefilterIndex index, params (string Field, string? Value)[] fields)
    {
        var bits = new ulong[RuleBits.Words(index.Count)];
        index.Mark(SigmaTestKit.Event(fields), bits);
        return [.. Enumerable.Range(0, index.Count).Where(i => RuleBits.Has(bits, i))];
    }
}

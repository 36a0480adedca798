using Bulwark.Scanners.Detection.Engine;
using Bulwark.Scanners.Detection.Events;
using Bulwark.Scanners.Detection.Pipelines;
using Bulwark.Scanners.Detection.Sigma.Compiling;
using Bulwark.Scanners.Detection.Sigma.Loading;
using Bulwark.Scanners.Detection.Sigma.Matching;
using Bulwark.Scanners.Detection.Tests.Sigma;
using Bulwark.Sdk;

namespace Bulwark.Scanners.Detection.Tests.Engine;

/// <summary>
/// The prefilter may only skip rules that cannot match. For every SigmaHQ Linux rule, events are made to hold its
/// literals in their places (whole value, start, end, inside; in other cases of letters), so that rules come close to
/// matching or do match; on each, the engine with its prefilter must find exactly what trying every rule finds.
/// </summary>
public sealed class PrefilterSoundnessTests
{
    [SharedSigmaFact]
    public void The_prefilter_never_skips_a_rule_that_matches()
    {
        var loaded = SigmaLoader.Load([SharedSigma.LinuxRules!]);
        var (compiled, _) = SigmaCompiler.CompileAll(loaded.Rules);
        var pipeline = PipelineLoader.Load([]).Value!;
        var indexed = new DetectionEngine(compiled, loaded.Correlations, pipeline, []);
        var everything = new DetectionEngine(compiled, loaded.Correlations, pipeline, [], prefilter: false);

        var events = compiled.SelectMany(EventsNear).ToList();
        var matchedSomewhere = 0;
        foreach (var logEvent in events)
        {
            var expected = everything.Match(logEvent) ?? [];
            Assert.True(expected.SequenceEqual(indexed.Match(logEvent) ?? []), $"prefilter disagrees on {logEvent.Format} event {logEvent.Raw}");

            // Values a parser shares between events carry the rules they mark from the first event to the next: the
            // second match reads them from there, and must still agree.
            var shared = WithSharedValues(logEvent);
            Assert.True(expected.SequenceEqual(indexed.Match(shared) ?? []), $"prefilter disagrees on shared values of {logEvent.Raw}");
            Assert.True(expected.SequenceEqual(indexed.Match(shared) ?? []), $"prefilter's remembered marks disagree on {logEvent.Raw}");

            // Values read from a line's bytes are looked at by the prefilter without being decoded into strings.
            Assert.True(expected.SequenceEqual(indexed.Match(WithValuesAsBytes(logEvent)) ?? []), $"prefilter disagrees on values as bytes of {logEvent.Raw}");
            matchedSomewhere += expected.Length > 0 ? 1 : 0;
        }

        // The events must really exercise the rules, or agreeing would prove nothing.
        Assert.True(events.Count > 1000, $"{events.Count} events");
        Assert.True(matchedSomewhere > 100, $"only {matchedSomewhere} of {events.Count} events matched a rule");
    }

    // Per rule: one event holding the first literal of every requirement, and one per literal of its prefilter
    // requirement, each as a JSON event (fields) and as a plain log line (keywords), in the literal's case and swapped.
    private static IEnumerable<LogEvent> EventsNear(CompiledRule rule)
    {
        var requirements = rule.Requirements;
        if (requirements.Count == 0)
        {
            yield break;
        }

        var all = requirements.Select(r => r.AnyOf[0]).ToList();
        foreach (var swap in new[] { false, true })
        {
            yield return Make(all, swap);
            foreach (var literal in rule.Prefilter!.AnyOf)
            {
                yield return Make([literal, .. all.Where(l => l.Field != literal.Field)], swap);
            }
        }
    }

    private static LogEvent Make(IReadOnlyList<FieldLiteral> literals, bool swap)
    {
        string Placed(FieldLiteral l)
        {
            var text = swap ? Swapped(l.Text) : l.Text;
            return l.Place switch
            {
                LiteralPlace.Whole => text,
                LiteralPlace.Start => text + " tail",
                LiteralPlace.End => "/head/" + text,
                _ => "head " + text + " tail",
            };
        }

        var fields = literals.Where(l => l.Field is not null).GroupBy(l => l.Field!).Select(g => (g.Key, (string?)Placed(g.First()))).ToArray();
        var raw = string.Join(" ", literals.Where(l => l.Field is null).Select(Placed));
        return SigmaTestKit.EventWithRaw(raw.Length == 0 ? null : raw, fields) with { Format = raw.Length == 0 ? "json" : "syslog" };
    }

    private static LogEvent WithSharedValues(LogEvent logEvent) => logEvent with
    {
        Fields = logEvent.Fields.ToDictionary(f => f.Key, f => f.Value.Single is { } single ? EventValue.Shared(single) : f.Value, StringComparer.Ordinal),
    };

    [Fact]
    public void Values_as_bytes_are_folded_as_strings_are_beyond_ascii()
    {
        var loaded = SigmaTestKit.Load(SigmaTestKit.RuleText("""
            selection:
                CommandLine|contains: 'ÉTÉ'
                Image|endswith: '/Ünïcode'
                User: 'straße'
            condition: selection
            """));
        var (compiled, _) = SigmaCompiler.CompileAll(loaded.Rules);
        var engine = new DetectionEngine(compiled, [], PipelineLoader.Load([]).Value!, []);
        var matched = 0;
        foreach (var (command, image, user) in new[] { ("run été now", "/bin/üNÏCODE", "STRASSE"), ("run été now", "/bin/üNÏCODE", "STRAßE"), ("run ete now", "/bin/ünïcode", "straße") })
        {
            var asText = SigmaTestKit.Event(("CommandLine", command), ("Image", image), ("User", user));
            var expected = engine.Match(asText) is { Length: > 0 };

            Assert.Equal(expected, engine.Match(WithValuesAsBytes(asText)) is { Length: > 0 });
            Assert.Equal(expected, compiled[0].Matches(asText));
            matched += expected ? 1 : 0;
        }

        Assert.Equal(1, matched);
    }

    private static LogEvent WithValuesAsBytes(LogEvent logEvent) => logEvent with
    {
        Fields = logEvent.Fields.ToDictionary(
            f => f.Key,
            f => f.Value.Single is { Length: > 0 } single ? EventValue.Of(System.Text.Encoding.UTF8.GetBytes(single)) : f.Value,
            StringComparer.Ordinal),
    };

    private static string Swapped(string text) =>
        new([.. text.Select(c => char.IsUpper(c) ? char.ToLowerInvariant(c) : char.ToUpperInvariant(c))]);
}

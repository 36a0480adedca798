using Bulwark.Scanners.Detection.Events;
using Bulwark.Scanners.Detection.Sigma.Compiling;
using Bulwark.Scanners.Detection.Sigma.Loading;
using Bulwark.Scanners.Detection.Sigma.Matching;
using Bulwark.Scanners.Detection.Sigma.Model;

namespace Bulwark.Scanners.Detection.Tests.Sigma;

/// <summary>Rules written inline in tests, loaded and compiled as the engine would, and events built from field pairs.</summary>
internal static class SigmaTestKit
{
    /// <summary>A complete rule around <paramref name="detection"/> (the lines under <c>detection:</c>, indented by four).</summary>
    public static string RuleText(string detection, string id = "11111111-1111-4111-8111-111111111111") => $"""
        title: Test rule
        id: {id}
        status: test
        logsource:
            product: linux
            category: process_creation
        detection:
        {Indent(detection)}
        level: medium
        """;

    public static SigmaRuleSet Load(string text, string path = "rules/test.yml") => SigmaLoader.LoadTexts([(path, text)]);

    /// <summary>Loads and compiles one rule; fails the test with the problems when it is refused.</summary>
    public static CompiledRule Compile(string detection, SigmaCompileOptions? options = null)
    {
        var set = Load(RuleText(detection));
        Assert.True(set.Problems.Count == 0, string.Join("\n", set.Problems));
        var compiled = SigmaCompiler.Compile(Assert.Single(set.Rules), options);
        Assert.True(compiled.Succeeded, string.Join("\n", compiled.Problems));
        return compiled.Value!;
    }

    /// <summary>The problems loading (then compiling) the rule gives; empty when it is accepted.</summary>
    public static IReadOnlyList<string> Refusals(string detection, SigmaCompileOptions? options = null)
    {
        var set = Load(RuleText(detection));
        if (set.Problems.Count > 0)
        {
            return set.Problems.Select(p => p.ToString()).ToList();
        }

        return SigmaCompiler.Compile(Assert.Single(set.Rules), options).Problems.Select(p => p.ToString()).ToList();
    }

    /// <summary>An event with these fields; a null value is a field present with JSON null; raw defaults to the values joined.</summary>
    public static LogEvent Event(params (string Field, string? Value)[] fields) => EventWithRaw(null, fields);

    public static LogEvent EventWithRaw(string? raw, params (string Field, string? Value)[] fields) => new()
    {
        Source = "test.log",
        Line = 1,
        Format = "json",
        Fields = fields.ToDictionary(f => f.Field, f => f.Value is null ? EventValue.Null : EventValue.Of(f.Value), StringComparer.Ordinal),
        Raw = raw ?? string.Join(" ", fields.Select(f => $"{f.Field}={f.Value}")),
    };

    /// <summary>A line of text no parser understood: only the raw text.</summary>
    public static LogEvent Line(string raw) => EventWithRaw(raw);

    public static bool Matches(this CompiledRule rule, LogEvent logEvent) => rule.Matches(logEvent, IdentityFieldMap.Instance);

    private static string Indent(string text) =>
        string.Join("\n", text.Trim('\n').Split('\n').Select(line => "    " + line));
}

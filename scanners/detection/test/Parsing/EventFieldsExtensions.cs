using Bulwark.Scanners.Detection.Events;

namespace Bulwark.Scanners.Detection.Tests.Parsing;

/// <summary>Short reads of an event's fields for assertions.</summary>
internal static class EventFieldsExtensions
{
    /// <summary>The single value of <paramref name="name"/>; fails the test when it is absent.</summary>
    public static string? Field(this LogEvent logEvent, string name) =>
        logEvent.Fields.TryGetValue(name, out var value)
            ? value.Single
            : throw new Xunit.Sdk.XunitException($"no field '{name}' in {logEvent.Format} event: {string.Join(", ", logEvent.Fields.Keys)}");

    /// <summary>Every value of <paramref name="name"/> (empty when absent).</summary>
    public static IEnumerable<string> Values(this LogEvent logEvent, string name) =>
        logEvent.Fields.TryGetValue(name, out var value) ? value.Values : [];

    public static bool Has(this LogEvent logEvent, string name) => logEvent.Fields.ContainsKey(name);
}

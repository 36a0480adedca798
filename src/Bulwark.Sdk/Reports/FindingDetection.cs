namespace Bulwark.Sdk;

/// <summary>
/// What a finding raised from logs is made of (the detection room's findings carry one): the rule's own level, the
/// group a correlation counted, and the events that matched. The JSON report lists these as its <c>detections</c>.
/// </summary>
public sealed record FindingDetection
{
    /// <summary>The rule's level as the rule says it (<c>informational</c>, <c>low</c>, … <c>critical</c>).</summary>
    public required string Level { get; init; }

    /// <summary>For a correlation: its group-by fields and values (<c>src_ip=203.0.113.9</c>); null for a single event.</summary>
    public string? Group { get; init; }

    /// <summary>The events that made the detection, in log order (for a correlation, the first ones kept).</summary>
    public IReadOnlyList<DetectedEvent> Events { get; init; } = [];
}

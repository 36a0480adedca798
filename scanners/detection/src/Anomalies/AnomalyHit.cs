namespace Bulwark.Scanners.Detection.Anomalies;

/// <summary>A rate rule that fired: for which group, how many events this window, and how many it usually has.</summary>
internal sealed record AnomalyHit(RateAnomaly Rule, string Group, long Count, double Usual)
{
    public string Describe() =>
        $"{Count} events in {Rule.Window.TotalSeconds:0}s for {(Rule.GroupBy is null ? "all events" : $"{Rule.GroupBy}={Group}")}, usually {Usual:0.#}";
}

namespace Bulwark.Scanners.Detection.Sigma.Model;

/// <summary>The correlation types of the Sigma correlation rules specification (v2).</summary>
internal enum CorrelationType
{
    /// <summary><c>event_count</c>: how many events the referred rules matched in the time span, per group.</summary>
    EventCount,

    /// <summary><c>value_count</c>: how many distinct values of a field those events had, per group.</summary>
    ValueCount,

    /// <summary><c>temporal</c>: all referred rules matched within the time span, in any order, per group.</summary>
    Temporal,

    /// <summary><c>temporal_ordered</c>: as temporal, in the order the rules are listed.</summary>
    TemporalOrdered,
}

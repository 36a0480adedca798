namespace Bulwark.Server.Store.Model;

/// <summary>Where a finding is in its life: found, looked at, judged, and gone (or back).</summary>
internal enum FindingState
{
    /// <summary>Seen by a scan and not yet handled.</summary>
    Open = 0,

    /// <summary>Someone looked and agrees it is real.</summary>
    Confirmed = 1,

    /// <summary>Judged not to be a problem at all.</summary>
    FalsePositive = 2,

    /// <summary>Real, and accepted as it is until a date.</summary>
    RiskAccepted = 3,

    /// <summary>No longer seen by a scan of the same scope.</summary>
    Fixed = 4,

    /// <summary>Seen again after it was fixed.</summary>
    Reopened = 5,
}

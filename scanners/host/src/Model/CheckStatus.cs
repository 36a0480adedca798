namespace Bulwark.Scanners.Host.Model;

/// <summary>How a check ended.</summary>
public enum CheckStatus
{
    /// <summary>The system meets the requirement.</summary>
    Pass,

    /// <summary>It does not; the evidence says where and what was found.</summary>
    Fail,

    /// <summary>The requirement does not apply (the service is not installed, a live-only check on a root tree).</summary>
    NotApplicable,

    /// <summary>The check could not be decided (an unreadable file); the message says why.</summary>
    Error,
}

namespace Bulwark.Sdk;

/// <summary>How much a finding matters. Ordered: a higher value is more severe.</summary>
public enum Severity
{
    /// <summary>Worth knowing, not a problem by itself.</summary>
    Info = 0,

    /// <summary>A weakness with little direct impact.</summary>
    Low = 1,

    /// <summary>A weakness that should be fixed in the normal course of work.</summary>
    Medium = 2,

    /// <summary>A problem that should break the build by default.</summary>
    High = 3,

    /// <summary>A problem that needs action now (a live credential, a remotely exploitable flaw).</summary>
    Critical = 4,
}

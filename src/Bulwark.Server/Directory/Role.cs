namespace Bulwark.Server.Directories;

/// <summary>
/// What a person may do in Bulwark, given by the directory groups they are in (see <see cref="RoleMap"/>, which gives
/// exactly the roles the groups are mapped to; whether one role includes another is for the checks that use them).
/// </summary>
public enum Role
{
    /// <summary>Reads findings, scans and products (<c>viewer</c>).</summary>
    Viewer,

    /// <summary>Works on the findings of their products (<c>developer</c>).</summary>
    Developer,

    /// <summary>Judges findings: confirms them, marks false positives, asks for risk acceptance (<c>security-analyst</c>).</summary>
    SecurityAnalyst,

    /// <summary>The second pair of eyes: approves or rejects what someone else asked for (<c>approver</c>).</summary>
    Approver,

    /// <summary>Configures Bulwark: tokens, the SLA, the role map (<c>administrator</c>).</summary>
    Administrator,
}

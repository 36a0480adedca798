namespace Bulwark.Server.Auth;

/// <summary>
/// What an endpoint or a UI action needs. Roles (<see cref="RolePermissions"/>) and a token's scope give these; every
/// endpoint asks for exactly one (the role matrix test holds the list).
/// </summary>
internal enum Permission
{
    /// <summary>Read findings, scans, products and the SLA.</summary>
    Read,

    /// <summary>Upload scans.</summary>
    Upload,

    /// <summary>Change a finding's state in ways that do not lower security (confirm, reopen); lowering ones go through a change request.</summary>
    Triage,

    /// <summary>Ask for a change that lowers security (risk acceptance, a false positive on a high finding, an SLA change).</summary>
    Request,

    /// <summary>Approve or reject what someone else asked for: the second pair of eyes.</summary>
    Approve,

    /// <summary>Read the audit trail.</summary>
    Audit,

    /// <summary>Configure Bulwark: everyone's tokens, tracker deliveries, the settings.</summary>
    Administer,
}

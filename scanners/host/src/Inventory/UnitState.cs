namespace Bulwark.Scanners.Host.Inventory;

/// <summary>Whether a service starts at boot, as the unit files and links of the audited system say.</summary>
public enum UnitState
{
    /// <summary>No unit file (and no SysV script) exists for it.</summary>
    NotInstalled,

    /// <summary>Installed, but nothing pulls it in at boot.</summary>
    Disabled,

    /// <summary>Pulled in at boot: a <c>.wants</c>/<c>.requires</c> link, its socket enabled, or a SysV start link.</summary>
    Enabled,

    /// <summary>Linked to /dev/null: it cannot be started at all.</summary>
    Masked,
}

namespace Bulwark.Scanners.Detection.Parsing.Auditd;

/// <summary>
/// Which record types are whole events on their own, never followed by an EOE: the rule auparse uses
/// (<c>audit_is_last_record</c> in audit-userspace): USER (1005), the userspace and daemon messages (1100–1299), the
/// labeled-networking MAC messages (1406–1419) and everything from the anomaly messages on (1700 and up). The kernel's
/// syscall records (SYSCALL, EXECVE, PATH, …) wait for their EOE.
/// </summary>
internal static class AuditRecordTypes
{
    public const string EndOfEvent = "EOE";

    private static readonly string[] SinglePrefixes =
    [
        "USER_", "CRED_", "DAEMON_", "ADD_", "DEL_", "GRP_", "ACCT_", "SYSTEM_", "SERVICE_", "ANOM_", "INTEGRITY_",
        "RESP_", "ROLE_", "LABEL_", "CRYPTO_", "VIRT_", "DEV_", "MAC_UNLBL_", "MAC_CIPSOV4_", "MAC_MAP_", "MAC_IPSEC_",
        "MAC_CALIPSO_",
    ];

    private static readonly HashSet<string> SingleNames = new(StringComparer.Ordinal)
    {
        "USER", "USYS_CONFIG", "DAC_CHECK", "CHGRP_ID", "CHUSER_ID", "TEST", "TRUSTED_APP", "MAC_CHECK", "SOFTWARE_UPDATE",
        "KERNEL", "FS_RELABEL",
    };

    public static bool IsSingleRecord(string type)
    {
        if (SingleNames.Contains(type))
        {
            return true;
        }

        foreach (var prefix in SinglePrefixes)
        {
            if (type.StartsWith(prefix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        // A type this auditd had no name for is written by number: "UNKNOWN[1334]".
        return type.StartsWith("UNKNOWN[", StringComparison.Ordinal) && type.EndsWith(']')
            && int.TryParse(type.AsSpan(8, type.Length - 9), out var number) && IsSingleRecord(number);
    }

    private static bool IsSingleRecord(int type) =>
        type == 1005 || type is > 1006 and < 1300 || type is >= 1406 and <= 1419 || type >= 1700;
}

namespace Bulwark.Scanners.Host.Remediation;

/// <summary>
/// sshd keywords as the manual writes them. sshd reads them case-insensitively, and checks store them lower-case;
/// a fix writes the usual spelling so the changed file reads like the rest of sshd_config.
/// </summary>
public static class SshdKeywords
{
    private static readonly Dictionary<string, string> Spelling = new[]
    {
        "AllowAgentForwarding", "AllowGroups", "AllowStreamLocalForwarding", "AllowTcpForwarding", "AllowUsers", "AuthenticationMethods",
        "Banner", "Ciphers", "ClientAliveCountMax", "ClientAliveInterval", "Compression", "DenyGroups", "DenyUsers", "DisableForwarding",
        "GatewayPorts", "GSSAPIAuthentication", "HostbasedAuthentication", "IgnoreRhosts", "IgnoreUserKnownHosts", "KbdInteractiveAuthentication",
        "KerberosAuthentication", "KexAlgorithms", "LoginGraceTime", "LogLevel", "MACs", "MaxAuthTries", "MaxSessions", "MaxStartups",
        "PasswordAuthentication", "PermitEmptyPasswords", "PermitRootLogin", "PermitTunnel", "PermitUserEnvironment", "PrintLastLog",
        "PubkeyAuthentication", "StrictModes", "UseDNS", "UsePAM", "X11Forwarding", "X11UseLocalhost",
    }.ToDictionary(k => k.ToLowerInvariant(), k => k, StringComparer.Ordinal);

    /// <summary>The manual's spelling of <paramref name="keyword"/>, or the keyword as given when unknown.</summary>
    public static string Canonical(string keyword) => Spelling.GetValueOrDefault(keyword.ToLowerInvariant(), keyword);
}

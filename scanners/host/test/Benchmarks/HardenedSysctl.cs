namespace Bulwark.Scanners.Host.Tests.Benchmarks;

/// <summary>The kernel and network settings a hardened server sets, the same on every distribution's fixture tree.</summary>
internal static class HardenedSysctl
{
    /// <summary>sysctl.d lines (without a final newline) that pass every kernel and network sysctl check.</summary>
    public const string Network = """
            kernel.randomize_va_space = 2
            kernel.yama.ptrace_scope = 1
            fs.suid_dumpable = 0
            net.ipv4.ip_forward = 0
            net.ipv6.conf.all.forwarding = 0
            net.ipv4.conf.all.send_redirects = 0
            net.ipv4.conf.default.send_redirects = 0
            net.ipv4.icmp_ignore_bogus_error_responses = 1
            net.ipv4.icmp_echo_ignore_broadcasts = 1
            net.ipv4.conf.all.accept_redirects = 0
            net.ipv4.conf.default.accept_redirects = 0
            net.ipv6.conf.all.accept_redirects = 0
            net.ipv6.conf.default.accept_redirects = 0
            net.ipv4.conf.all.secure_redirects = 0
            net.ipv4.conf.default.secure_redirects = 0
            net.ipv4.conf.all.rp_filter = 1
            net.ipv4.conf.default.rp_filter = 1
            net.ipv4.conf.all.accept_source_route = 0
            net.ipv4.conf.default.accept_source_route = 0
            net.ipv6.conf.all.accept_source_route = 0
            net.ipv6.conf.default.accept_source_route = 0
            net.ipv4.conf.all.log_martians = 1
            net.ipv4.conf.default.log_martians = 1
            net.ipv4.tcp_syncookies = 1
            net.ipv6.conf.all.accept_ra = 0
            net.ipv6.conf.default.accept_ra = 0
            """;
}

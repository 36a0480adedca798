namespace Bulwark.Ledger.Tests.Shipping;

/// <summary>A fact that needs rsyslogd with its GnuTLS driver (Debian: rsyslog-gnutls).</summary>
public sealed class RsyslogTlsFactAttribute : FactAttribute
{
    public RsyslogTlsFactAttribute()
    {
        var driver = new[] { "/usr/lib/x86_64-linux-gnu/rsyslog", "/usr/lib/aarch64-linux-gnu/rsyslog", "/usr/lib/rsyslog", "/usr/lib64/rsyslog" }
            .Any(dir => File.Exists(Path.Combine(dir, "lmnsd_gtls.so")));
        if (!File.Exists(Rsyslogd.Binary) || !driver)
        {
            Skip = $"{Rsyslogd.Binary} with its GnuTLS driver lmnsd_gtls.so is not installed (Debian packages rsyslog, rsyslog-gnutls)";
        }
    }
}

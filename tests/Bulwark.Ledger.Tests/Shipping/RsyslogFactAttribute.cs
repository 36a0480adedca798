namespace Bulwark.Ledger.Tests.Shipping;

/// <summary>A fact that needs rsyslogd (Debian: rsyslog); skipped, with the reason shown, where it is not installed.</summary>
public sealed class RsyslogFactAttribute : FactAttribute
{
    public RsyslogFactAttribute()
    {
        if (!File.Exists(Rsyslogd.Binary))
        {
            Skip = $"{Rsyslogd.Binary} is not installed (Debian package rsyslog)";
        }
    }
}

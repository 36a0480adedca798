using Bulwark.Scanners.Detection.Events;
using Bulwark.Scanners.Detection.Parsing.Journald;

namespace Bulwark.Scanners.Detection.Tests.Parsing;

public class JournaldFormatTests
{
    internal const string SshdEntry =
        "{\"__CURSOR\":\"s=6f1c2a;i=1a2b;b=9d3e;m=75bcd15;t=614f2c1e0a240;x=4c2f\",\"__REALTIME_TIMESTAMP\":\"1710060000123456\","
        + "\"__MONOTONIC_TIMESTAMP\":\"123456789\",\"_BOOT_ID\":\"9d3e5a0c1b2f4e6a8c7d9e0f1a2b3c4d\",\"PRIORITY\":\"6\","
        + "\"SYSLOG_FACILITY\":\"10\",\"SYSLOG_IDENTIFIER\":\"sshd\",\"_PID\":\"24502\",\"_UID\":\"0\",\"_GID\":\"0\","
        + "\"_COMM\":\"sshd\",\"_EXE\":\"/usr/sbin/sshd\",\"_CMDLINE\":\"sshd: deploy [priv]\",\"_SYSTEMD_UNIT\":\"ssh.service\","
        + "\"_TRANSPORT\":\"syslog\",\"_HOSTNAME\":\"web1\","
        + "\"MESSAGE\":\"Accepted publickey for deploy from 198.51.100.20 port 40022 ssh2: ED25519 SHA256:pq3mRbT0n8Xr3y9mE0v7dYkQ2sJb1cVfLwZ4hN6uA8o\"}";

    private static LogEvent Parse(string line) => Assert.Single(new JournaldFormat().Parse(NumberedLines.Of(line), "journal.json"));

    [Fact]
    public void Every_field_keeps_its_journald_name_with_time_and_host()
    {
        var e = Parse(SshdEntry);

        Assert.Equal("journald", e.Format);
        Assert.Equal(new DateTimeOffset(2024, 3, 10, 8, 40, 0, 123, TimeSpan.Zero).AddTicks(4560), e.Time);
        Assert.Equal("web1", e.Host);
        Assert.Equal("sshd", e.Field("SYSLOG_IDENTIFIER"));
        Assert.Equal("24502", e.Field("_PID"));
        Assert.Equal("0", e.Field("_UID"));
        Assert.Equal("/usr/sbin/sshd", e.Field("_EXE"));
        Assert.Equal("sshd: deploy [priv]", e.Field("_CMDLINE"));
        Assert.Equal("ssh.service", e.Field("_SYSTEMD_UNIT"));
        Assert.StartsWith("Accepted publickey for deploy", e.Field("MESSAGE"));
        Assert.Equal("1710060000123456", e.Field("__REALTIME_TIMESTAMP"));
        Assert.Equal(SshdEntry, e.Raw);
    }

    [Fact]
    public void A_message_written_as_bytes_is_decoded()
    {
        var e = Parse("{\"__REALTIME_TIMESTAMP\":\"1710060000000000\",\"_HOSTNAME\":\"web1\",\"SYSLOG_IDENTIFIER\":\"app\","
            + "\"MESSAGE\":[72,105,27,91,48,109,32,99,97,102,195,169]}");

        Assert.Equal("Hi\u001b[0m café", e.Field("MESSAGE"));
    }

    [Fact]
    public void A_field_with_several_values_is_multi_valued_and_a_value_over_the_threshold_is_null()
    {
        var e = Parse("{\"__REALTIME_TIMESTAMP\":\"1710060000000000\",\"VALUE\":[\"A\",\"B\",[67,7]],\"MESSAGE\":null,\"_PID\":\"1\"}");

        Assert.Equal(["A", "B", "C\a"], e.Values("VALUE"));
        Assert.True(e.Fields["MESSAGE"].IsNull);
        Assert.Null(e.Host);
    }

    [Theory]
    [InlineData("{\"MESSAGE\":\"truncated")]
    [InlineData("{\"MESSAGE\":\"x\",}")]
    [InlineData("[1,2,3]")]
    [InlineData("-- Boot 9d3e5a0c1b2f4e6a8c7d9e0f1a2b3c4d --")]
    [InlineData("{\u0000\u0001}")]
    public void A_line_that_is_not_a_json_object_is_raw(string line) => Assert.Equal("raw", Parse(line).Format);

    [Fact]
    public void An_entry_without_a_timestamp_has_no_time()
    {
        Assert.Null(Parse("{\"MESSAGE\":\"x\",\"__REALTIME_TIMESTAMP\":\"soon\"}").Time);
    }

    [Fact]
    public void Journal_exports_score_above_plain_json()
    {
        var format = new JournaldFormat();

        Assert.Equal(0.97, format.Score([SshdEntry, SshdEntry], "x"), 3);
        Assert.Equal(0, format.Score(["{\"level\":\"info\"}"], "x"));
    }
}

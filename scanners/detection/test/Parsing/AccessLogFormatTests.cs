using Bulwark.Scanners.Detection.Events;
using Bulwark.Scanners.Detection.Parsing.Access;

namespace Bulwark.Scanners.Detection.Tests.Parsing;

public class AccessLogFormatTests
{
    internal const string Combined =
        "203.0.113.45 - - [10/Mar/2024:09:15:02 +0100] \"GET /index.php?page=../../../../etc/passwd HTTP/1.1\" 200 2326 \"-\" \"Mozilla/5.0 (X11; Linux x86_64) Gecko/20100101 Firefox/123.0\"";

    private static LogEvent Parse(string line) => Assert.Single(new AccessLogFormat().Parse(NumberedLines.Of(line), "access.log"));

    [Fact]
    public void A_combined_line_gives_the_webserver_fields()
    {
        var e = Parse(Combined);

        Assert.Equal("access", e.Format);
        Assert.Equal(new DateTimeOffset(2024, 3, 10, 9, 15, 2, TimeSpan.FromHours(1)), e.Time);
        Assert.Equal("203.0.113.45", e.Field("c-ip"));
        Assert.False(e.Has("cs-username"));
        Assert.Equal("GET", e.Field("cs-method"));
        Assert.Equal("/index.php?page=../../../../etc/passwd", e.Field("cs-uri"));
        Assert.Equal("/index.php", e.Field("cs-uri-stem"));
        Assert.Equal("page=../../../../etc/passwd", e.Field("cs-uri-query"));
        Assert.Equal("HTTP/1.1", e.Field("cs-version"));
        Assert.Equal("200", e.Field("sc-status"));
        Assert.Equal("2326", e.Field("sc-bytes"));
        Assert.Equal("-", e.Field("cs-referer"));
        Assert.Equal("Mozilla/5.0 (X11; Linux x86_64) Gecko/20100101 Firefox/123.0", e.Field("cs-user-agent"));
        Assert.Equal("GET /index.php?page=../../../../etc/passwd HTTP/1.1", e.Field("request"));
    }

    [Fact]
    public void A_common_line_with_a_user_and_no_body_has_no_referer_or_bytes()
    {
        var e = Parse("192.0.2.7 - frank [10/Oct/2000:13:55:36 -0700] \"POST /admin/login HTTP/1.0\" 302 -");

        Assert.Equal("frank", e.Field("cs-username"));
        Assert.Equal(new DateTimeOffset(2000, 10, 10, 13, 55, 36, TimeSpan.FromHours(-7)), e.Time);
        Assert.Equal("/admin/login", e.Field("cs-uri-stem"));
        Assert.False(e.Has("cs-uri-query"));
        Assert.False(e.Has("sc-bytes"));
        Assert.False(e.Has("cs-referer"));
    }

    [Fact]
    public void Apache_vhost_combined_gives_the_virtual_host_and_port()
    {
        var e = Parse("shop.example.com:443 198.51.100.3 - - [10/Mar/2024:09:15:02 +0000] \"GET / HTTP/2.0\" 200 512 \"https://shop.example.com/\" \"curl/8.5.0\"");

        Assert.Equal("shop.example.com", e.Field("cs-host"));
        Assert.Equal("443", e.Field("s-port"));
        Assert.Equal("198.51.100.3", e.Field("c-ip"));
        Assert.Equal("curl/8.5.0", e.Field("cs-user-agent"));
    }

    [Fact]
    public void Escaped_quotes_stay_inside_their_value()
    {
        var e = Parse("203.0.113.45 - - [10/Mar/2024:09:15:02 +0000] \"GET /?q=\\\"><script> HTTP/1.1\" 404 153 \"-\" \"sqlmap/1.8 \\\"x\\\"\"");

        Assert.Equal("q=\\\"><script>", e.Field("cs-uri-query"));
        Assert.Equal("sqlmap/1.8 \\\"x\\\"", e.Field("cs-user-agent"));
    }

    [Fact]
    public void A_request_line_that_is_not_http_is_kept_whole()
    {
        var e = Parse("203.0.113.45 - - [10/Mar/2024:09:15:02 +0000] \"\\x16\\x03\\x01\\x02\\x00\\x01\\x00\\x01\\xFC\\x03\\x03\" 400 157 \"-\" \"-\"");

        Assert.Equal("400", e.Field("sc-status"));
        Assert.Equal("\\x16\\x03\\x01\\x02\\x00\\x01\\x00\\x01\\xFC\\x03\\x03", e.Field("request"));
        Assert.False(e.Has("cs-method"));
    }

    [Theory]
    [InlineData("203.0.113.45 - - [10/Mar/2024:09:15:02 +0000] \"GET / HTTP/1.1\"")] // truncated
    [InlineData("203.0.113.45 - - [10/Mar/2024:09:15:02] \"GET / HTTP/1.1\" 200 1")] // no zone
    [InlineData("203.0.113.45 - - [31/Feb/2024:09:15:02 +0000] \"GET / HTTP/1.1\" 200 1")]
    [InlineData("203.0.113.45 - [10/Mar/2024:09:15:02 +0000] \"GET / HTTP/1.1\" 200 1")] // a field missing
    [InlineData("203.0.113.45 - - [10/Mar/2024:09:15:02 +0000] \"GET / HTTP/1.1\" OK 1")]
    [InlineData("Mar 10 09:02:46 web1 nginx[1]: started")]
    public void A_line_that_is_not_an_access_log_line_is_raw(string line) => Assert.Equal("raw", Parse(line).Format);

    [Fact]
    public void Access_lines_score_high()
    {
        var format = new AccessLogFormat();

        Assert.Equal(0.95, format.Score([Combined], "access.log"), 3);
        Assert.Equal(0.9, format.Score([Combined], "other.log"), 3);
        Assert.Equal(0, format.Score(["Mar 10 09:02:46 web1 nginx[1]: started"], "access.log"));
    }
}

using Bulwark.Scanners.Detection.Parsing;

namespace Bulwark.Scanners.Detection.Tests.Parsing;

public class LogFormatsTests
{
    [Fact]
    public void The_list_is_sorted_by_id_and_ids_are_unique()
    {
        var ids = LogFormats.All.Select(f => f.Id).ToList();

        Assert.Equal(ids.Order(StringComparer.Ordinal), ids);
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Equal(["access", "auditd", "authlog", "journald", "json", "raw", "syslog"], ids);
    }

    [Fact]
    public void A_format_is_found_by_id_in_any_case()
    {
        Assert.Equal("auditd", LogFormats.Find("AuditD")!.Id);
        Assert.Null(LogFormats.Find("evtx"));
    }

    [Fact]
    public void Nothing_below_the_minimum_score_is_chosen()
    {
        Assert.Equal("raw", FormatSniffer.Pick(LogFormats.All, ["hello", "world"], "x.log").Id);
        Assert.Equal("raw", FormatSniffer.Pick(LogFormats.All, [], "x.log").Id);
        Assert.Equal("x.log", FormatSniffer.NameOf("/var/log/X.LOG"));
        Assert.Equal("-", FormatSniffer.NameOf("-"));
    }
}

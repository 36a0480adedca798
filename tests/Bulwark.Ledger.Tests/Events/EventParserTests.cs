using System.Text;
using Bulwark.Ledger.Events;

namespace Bulwark.Ledger.Tests.Events;

public class EventParserTests
{
    private static readonly LedgerEvent Defaults = TestEvents.Make(0);

    [Fact]
    public void Missing_actor_time_and_host_come_from_the_defaults()
    {
        var (e, problem) = EventParser.Parse("{\"action\":\"fim.baseline.accepted\",\"subject\":\"/etc\",\"reason\":\"patch\"}"u8, Defaults);
        Assert.Null(problem);
        Assert.Equal(Defaults.Actor, e!.Actor);
        Assert.Equal(Defaults.Host, e.Host);
    }

    [Theory]
    [InlineData("[1,2]", "must be a JSON object")]
    [InlineData("{\"action\":\"x.added\",\"subject\":\"s\",\"colour\":\"red\"}", "unknown field 'colour'")]
    [InlineData("{\"action\":\"x.added\"}", "missing subject")]
    [InlineData("{\"action\":5,\"subject\":\"s\"}", "'action' must be a string")]
    [InlineData("{\"action\":\"x.added\",\"subject\":\"s\",\"time\":\"yesterday\"}", "")]
    [InlineData("{not json", "")]
    public void A_bad_line_is_a_reason_not_an_exception(string json, string expected)
    {
        var (e, problem) = EventParser.Parse(Encoding.UTF8.GetBytes(json), Defaults);
        Assert.Null(e);
        Assert.Contains(expected, problem);
    }

    [Fact]
    public void A_state_changing_action_needs_a_reason_and_an_observing_one_does_not()
    {
        Assert.Contains("reason is mandatory", Actions.Problem(Defaults with { Reason = " " }));
        Assert.Null(Actions.Problem(Defaults with { Action = "report.exported", Reason = null }));
        Assert.Contains("one word", Actions.Problem(Defaults with { Action = "ignore added" }));
    }
}

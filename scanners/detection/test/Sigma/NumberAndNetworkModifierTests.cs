using static Bulwark.Scanners.Detection.Tests.Sigma.SigmaTestKit;

namespace Bulwark.Scanners.Detection.Tests.Sigma;

/// <summary>lt, lte, gt, gte, the time parts, and cidr for IPv4 and IPv6.</summary>
public sealed class NumberAndNetworkModifierTests
{
    [Theory]
    [InlineData("lt", "999", true)]
    [InlineData("lt", "1000", false)]
    [InlineData("lte", "1000", true)]
    [InlineData("lte", "1001", false)]
    [InlineData("gt", "1001", true)]
    [InlineData("gt", "1000", false)]
    [InlineData("gte", "1000", true)]
    [InlineData("gte", "999.5", false)]
    public void Comparisons_compare_the_field_as_a_number(string modifier, string uid, bool matches)
    {
        var rule = Compile($"""
            selection:
                uid|{modifier}: 1000
            condition: selection
            """);

        Assert.Equal(matches, rule.Matches(Event(("uid", uid))));
    }

    [Fact]
    public void A_comparison_fails_on_a_value_that_is_not_a_number()
    {
        var rule = Compile("""
            selection:
                uid|gte: 0
            condition: selection
            """);

        Assert.False(rule.Matches(Event(("uid", "root"))));
    }

    [Fact]
    public void Numbers_compare_numerically_not_as_text()
    {
        var rule = Compile("""
            selection:
                size|gt: 9
            condition: selection
            """);

        Assert.True(rule.Matches(Event(("size", "10"))));
    }

    [Fact]
    public void A_time_part_is_taken_from_a_date_and_compared()
    {
        var night = Compile("""
            selection:
                Timestamp|hour|gte: 22
            condition: selection
            """);
        var march = Compile("""
            selection:
                Timestamp|month: 3
            condition: selection
            """);

        Assert.True(night.Matches(Event(("Timestamp", "2024-03-05T23:10:00Z"))));
        Assert.False(night.Matches(Event(("Timestamp", "2024-03-05T08:10:00Z"))));
        Assert.True(march.Matches(Event(("Timestamp", "2024-03-05T08:10:00Z"))));
        Assert.False(march.Matches(Event(("Timestamp", "not a date"))));
    }

    [Fact]
    public void Cidr_matches_addresses_inside_an_ipv4_network()
    {
        var rule = Compile("""
            selection:
                DestinationIp|cidr:
                    - '10.0.0.0/8'
                    - '192.168.0.0/16'
            condition: selection
            """);

        Assert.True(rule.Matches(Event(("DestinationIp", "10.20.30.40"))));
        Assert.True(rule.Matches(Event(("DestinationIp", "192.168.1.1"))));
        Assert.False(rule.Matches(Event(("DestinationIp", "11.0.0.1"))));
        Assert.False(rule.Matches(Event(("DestinationIp", "not-an-ip"))));
    }

    [Fact]
    public void Cidr_matches_ipv6_networks_and_ipv4_mapped_addresses()
    {
        var rule = Compile("""
            selection:
                DestinationIp|cidr:
                    - 'fe80::/10'
                    - '127.0.0.0/8'
            condition: selection
            """);

        Assert.True(rule.Matches(Event(("DestinationIp", "fe80::1ff:fe23:4567:890a"))));
        Assert.True(rule.Matches(Event(("DestinationIp", "::ffff:127.0.0.1"))));
        Assert.False(rule.Matches(Event(("DestinationIp", "2001:db8::1"))));
    }

    [Fact]
    public void Cidr_ignores_host_bits_written_in_the_network()
    {
        var rule = Compile("""
            selection:
                DestinationIp|cidr: '10.1.2.3/8'
            condition: selection
            """);

        Assert.True(rule.Matches(Event(("DestinationIp", "10.200.0.1"))));
    }

    [Fact]
    public void A_value_that_is_not_a_network_or_number_is_refused()
    {
        Assert.Contains("is not an IPv4 or IPv6 network", Assert.Single(Refusals("""
            selection:
                DestinationIp|cidr: '10.0.0.0/33'
            condition: selection
            """)), StringComparison.Ordinal);
        Assert.Contains("'many' is not a number", Assert.Single(Refusals("""
            selection:
                uid|gt: many
            condition: selection
            """)), StringComparison.Ordinal);
    }
}

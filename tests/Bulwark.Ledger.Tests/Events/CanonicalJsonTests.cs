using System.Text;
using System.Text.Json;
using Bulwark.Ledger.Events;

namespace Bulwark.Ledger.Tests.Events;

public class CanonicalJsonTests
{
    private static string Canonical(string json) => Encoding.UTF8.GetString(CanonicalJson.Encode(JsonDocument.Parse(json).RootElement));

    [Theory]
    [InlineData("1E30", "1e+30")]
    [InlineData("4.50", "4.5")]
    [InlineData("2e-3", "0.002")]
    [InlineData("0.000001", "0.000001")]
    [InlineData("1e-7", "1e-7")]
    [InlineData("-0", "0")]
    [InlineData("100", "100")]
    [InlineData("1e21", "1e+21")]
    [InlineData("1e20", "100000000000000000000")]
    [InlineData("333333333.33333329", "333333333.3333333")]
    [InlineData("-1.5e-9", "-1.5e-9")]
    [InlineData("123456789012", "123456789012")]
    public void Numbers_take_their_shortest_ecmascript_form(string json, string expected) => Assert.Equal(expected, Canonical(json));

    [Fact]
    public void Members_are_sorted_by_utf16_code_units_and_whitespace_goes()
    {
        // UTF-16 code units, not code points: "€" (U+20AC) sorts before "😀" (U+1F600, the surrogates D83D DE00).
        Assert.Equal("{\"a\":[1,{\"b\":true,\"c\":null}],\"z\":\"x\",\"€\":2,\"😀\":1}", Canonical("{ \"€\": 2, \"z\": \"x\", \"a\": [ 1, {\"c\": null, \"b\": true} ], \"😀\": 1 }"));
    }

    [Fact]
    public void Strings_keep_non_ascii_and_escape_only_what_rfc_8785_requires()
    {
        Assert.Equal("\"é/<>&'\\\"\\\\\\n\\u001f\"", Canonical("\"\\u00e9\\/<>&'\\\"\\\\\\n\\u001f\""));
    }

    [Fact]
    public void A_duplicate_member_is_refused()
    {
        Assert.Throws<FormatException>(() => Canonical("{\"a\":1,\"a\":2}"));
    }

    [Fact]
    public void An_event_encodes_to_bytes_that_are_already_canonical_and_hash_the_same_every_time()
    {
        var e = TestEvents.Make(7) with { Reason = "line\nbreak, quote \" and é", Subject = "<script>" };
        var bytes = e.Encode();
        Assert.Equal(bytes, CanonicalJson.Encode(JsonDocument.Parse(bytes).RootElement));
        Assert.Equal(bytes, (e with { }).Encode());
        var parsed = EventParser.Parse(bytes).Event!;
        Assert.Equal(bytes, parsed.Encode());
        Assert.Equal(e.Reason, parsed.Reason);
        Assert.StartsWith("{\"action\":\"ignore.added\",\"actor\":{\"auth\":\"api-token\",\"id\":\"svc-ci\",\"kind\":\"service\"},\"host\":", Encoding.UTF8.GetString(bytes));
    }

    [Fact]
    public void The_time_is_utc_with_microseconds_whatever_offset_it_was_given()
    {
        var local = new DateTimeOffset(2026, 3, 1, 10, 0, 0, TimeSpan.FromHours(2)).AddTicks(1234567);
        Assert.Equal("2026-03-01T08:00:00.123456Z", LedgerEvent.FormatTime(local));
    }
}

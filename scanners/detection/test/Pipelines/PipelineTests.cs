using Bulwark.Scanners.Detection.Events;
using Bulwark.Scanners.Detection.Pipelines;

namespace Bulwark.Scanners.Detection.Tests.Pipelines;

/// <summary>Which parsers' events a rule's log source covers, and what its fields are called there.</summary>
public sealed class PipelineTests
{
    private static readonly Pipeline BuiltIn = PipelineLoader.BuiltIn();

    [Fact]
    public void Process_creation_rules_read_auditd_execve_events_through_the_mapping_and_json_lines_as_they_are()
    {
        var bindings = BuiltIn.For(new LogSourceKey("linux", "process_creation", null));

        var auditd = Assert.Single(bindings, b => b.Format == "auditd");
        Assert.Equal("exe", auditd.FieldName("Image"));
        Assert.Equal("cwd", auditd.FieldName("CurrentDirectory"));
        Assert.Equal("a0", auditd.FieldName("a0"));
        Assert.True(auditd.Accepts(Event("auditd", ("type", ["SYSCALL", "EXECVE", "CWD", "PATH"]))));
        Assert.False(auditd.Accepts(Event("auditd", ("type", ["SYSCALL", "PATH"]))));
        Assert.False(auditd.Accepts(Event("json", ("type", ["EXECVE"]))));
        Assert.Equal("Image", Assert.Single(bindings, b => b.Format == "json").FieldName("Image"));
    }

    [Fact]
    public void A_service_rule_reads_only_that_programs_lines_whatever_the_log_format()
    {
        var bindings = BuiltIn.For(new LogSourceKey("linux", null, "sshd"));

        Assert.Equal(["authlog", "journald", "syslog"], bindings.Select(b => b.Format).Order(StringComparer.Ordinal));
        Assert.Contains(bindings, b => b.Accepts(Event("syslog", ("program", ["sshd"]))));
        Assert.DoesNotContain(bindings, b => b.Accepts(Event("syslog", ("program", ["sudo"]))));
        Assert.Contains(bindings, b => b.Accepts(Event("journald", ("SYSLOG_IDENTIFIER", ["sshd"]))));
    }

    [Fact]
    public void A_rule_naming_only_the_product_searches_every_linux_log_including_unparsed_lines()
    {
        var formats = BuiltIn.For(new LogSourceKey("linux", null, null)).Select(b => b.Format).ToHashSet();

        Assert.Superset(new HashSet<string> { "syslog", "authlog", "journald", "auditd", "raw" }, formats);
    }

    [Fact]
    public void A_log_source_nothing_covers_has_no_bindings()
    {
        Assert.Empty(BuiltIn.For(new LogSourceKey("windows", "registry_event", null)));
        Assert.Empty(BuiltIn.For(new LogSourceKey("linux", "dns_query", null)));
    }

    [Fact]
    public void Every_linux_log_source_of_the_sigma_rules_is_covered()
    {
        string[][] used = [["process_creation", ""], ["file_event", ""], ["network_connection", ""], ["", "auditd"], ["", "syslog"], ["", "sshd"], ["", "cron"], ["", "vsftpd"], ["", "clamav"], ["", "guacamole"], ["", ""]];

        foreach (var pair in used)
        {
            var key = new LogSourceKey("linux", pair[0].Length == 0 ? null : pair[0], pair[1].Length == 0 ? null : pair[1]);
            Assert.True(BuiltIn.For(key).Count > 0, $"nothing covers {key}");
        }
    }

    [Fact]
    public void A_users_pipeline_adds_formats_and_its_mistakes_name_their_line()
    {
        var mine = PipelineLoader.Parse("mine.yaml", "sources:\n  - logsource: { product: linux, category: process_creation }\n    formats:\n      - format: json\n        fields: { Image: process.executable }\n");
        var broken = PipelineLoader.Parse("broken.yaml", "sources:\n  - logsource: { product: linux }\n    formats:\n      - fromat: json\n");

        var combined = BuiltIn.With(mine.Value!).For(new LogSourceKey("linux", "process_creation", null));
        Assert.Contains(combined, b => b.FieldName("Image") == "process.executable");
        Assert.Contains(broken.Problems, p => p.ToString().StartsWith("broken.yaml:4: ", StringComparison.Ordinal));
    }

    private static LogEvent Event(string format, params (string Name, string[] Values)[] fields) => new()
    {
        Source = "test.log",
        Line = 1,
        Format = format,
        Raw = "",
        Fields = fields.ToDictionary(f => f.Name, f => EventValue.Of(f.Values)),
    };
}

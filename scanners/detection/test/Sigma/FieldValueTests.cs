using Bulwark.Scanners.Detection.Sigma.Compiling;
using static Bulwark.Scanners.Detection.Tests.Sigma.SigmaTestKit;

namespace Bulwark.Scanners.Detection.Tests.Sigma;

/// <summary>null, empty, exists, neq, fieldref and expand, and how maps and lists of maps combine items.</summary>
public sealed class FieldValueTests
{
    [Fact]
    public void Null_matches_an_absent_field_or_a_null_one_but_not_a_value()
    {
        var rule = Compile("""
            selection:
                PasswordLastSet: null
            condition: selection
            """);

        Assert.True(rule.Matches(Event(("Other", "x"))));
        Assert.True(rule.Matches(Event(("PasswordLastSet", null))));
        Assert.False(rule.Matches(Event(("PasswordLastSet", "2024-01-01"))));
        Assert.False(rule.Matches(Event(("PasswordLastSet", ""))));
    }

    [Fact]
    public void Null_in_a_list_is_one_more_alternative()
    {
        var rule = Compile("""
            selection:
                User:
                    - null
                    - 'root'
            condition: selection
            """);

        Assert.True(rule.Matches(Event(("Other", "x"))));
        Assert.True(rule.Matches(Event(("User", "root"))));
        Assert.False(rule.Matches(Event(("User", "bob"))));
    }

    [Fact]
    public void An_empty_string_matches_only_a_present_empty_value()
    {
        var rule = Compile("""
            selection:
                CommandLine: ''
            condition: selection
            """);

        Assert.True(rule.Matches(Event(("CommandLine", ""))));
        Assert.False(rule.Matches(Event(("CommandLine", "x"))));
        Assert.False(rule.Matches(Event(("Other", ""))));
        Assert.False(rule.Matches(Event(("CommandLine", null))));
    }

    [Fact]
    public void Exists_true_needs_the_field_present_whatever_its_value()
    {
        var rule = Compile("""
            selection:
                PasswordLastSet|exists: true
            condition: selection
            """);

        Assert.True(rule.Matches(Event(("PasswordLastSet", "x"))));
        Assert.True(rule.Matches(Event(("PasswordLastSet", ""))));
        Assert.True(rule.Matches(Event(("PasswordLastSet", null))));
        Assert.False(rule.Matches(Event(("Other", "x"))));
    }

    [Fact]
    public void Exists_false_needs_the_field_absent()
    {
        var rule = Compile("""
            selection:
                ParentImage|exists: false
            condition: selection
            """);

        Assert.True(rule.Matches(Event(("Image", "/bin/sh"))));
        Assert.False(rule.Matches(Event(("ParentImage", "/bin/bash"))));
    }

    [Fact]
    public void Neq_needs_the_field_present_and_different()
    {
        var rule = Compile("""
            selection:
                User|neq: 'root'
            condition: selection
            """);

        Assert.True(rule.Matches(Event(("User", "bob"))));
        Assert.False(rule.Matches(Event(("User", "ROOT"))));
        Assert.False(rule.Matches(Event(("Other", "bob"))));
    }

    [Fact]
    public void Fieldref_compares_two_fields_of_the_same_event()
    {
        var rule = Compile("""
            selection:
                SourceUser|fieldref: TargetUser
            condition: selection
            """);

        Assert.True(rule.Matches(Event(("SourceUser", "alice"), ("TargetUser", "ALICE"))));
        Assert.False(rule.Matches(Event(("SourceUser", "alice"), ("TargetUser", "bob"))));
        Assert.False(rule.Matches(Event(("SourceUser", "alice"))));
    }

    [Fact]
    public void Fieldref_with_neq_needs_the_fields_to_differ_and_with_a_position_compares_parts()
    {
        var differ = Compile("""
            selection:
                SourceUser|fieldref|neq: TargetUser
            condition: selection
            """);
        var starts = Compile("""
            selection:
                CurrentDirectory|fieldref|startswith: HomeDirectory
            condition: selection
            """);

        Assert.True(differ.Matches(Event(("SourceUser", "alice"), ("TargetUser", "bob"))));
        Assert.False(differ.Matches(Event(("SourceUser", "alice"), ("TargetUser", "alice"))));
        Assert.True(starts.Matches(Event(("CurrentDirectory", "/home/bob/src"), ("HomeDirectory", "/home/bob"))));
        Assert.False(starts.Matches(Event(("CurrentDirectory", "/tmp"), ("HomeDirectory", "/home/bob"))));
    }

    [Fact]
    public void Expand_replaces_a_placeholder_with_its_values_as_alternatives()
    {
        var options = new SigmaCompileOptions { Placeholders = new Dictionary<string, IReadOnlyList<string>> { ["Servers"] = ["srv*", "dc01"] } };
        var rule = Compile("""
            selection:
                Hostname|expand: '%Servers%'
            condition: selection
            """, options);

        Assert.True(rule.Matches(Event(("Hostname", "srv-web-1"))));
        Assert.True(rule.Matches(Event(("Hostname", "DC01"))));
        Assert.False(rule.Matches(Event(("Hostname", "laptop7"))));
    }

    [Fact]
    public void Expand_keeps_escaped_percent_signs_and_text_around_placeholders()
    {
        var options = new SigmaCompileOptions { Placeholders = new Dictionary<string, IReadOnlyList<string>> { ["name"] = ["bob"] } };
        var rule = Compile("""
            selection:
                Path|expand: '\%plain/%name%/x'
            condition: selection
            """, options);

        Assert.True(rule.Matches(Event(("Path", "%plain/bob/x"))));
    }

    [Fact]
    public void Without_expand_percent_signs_are_plain_text()
    {
        var rule = Compile("""
            selection:
                Path: '%name%'
            condition: selection
            """);

        Assert.True(rule.Matches(Event(("Path", "%name%"))));
    }

    [Fact]
    public void A_placeholder_without_a_value_refuses_the_rule_when_compiled()
    {
        var problem = Assert.Single(Refusals("""
            selection:
                Hostname|expand: '%JumpServers%'
            condition: selection
            """));

        Assert.Equal("rules/test.yml:9: rule 11111111-1111-4111-8111-111111111111: placeholder %JumpServers% in '%JumpServers%' has no value: give it in the placeholder list", problem);
    }

    [Fact]
    public void A_map_needs_every_field_to_match()
    {
        var rule = Compile("""
            selection:
                type: 'SYSCALL'
                comm: 'insmod'
            condition: selection
            """);

        Assert.True(rule.Matches(Event(("type", "SYSCALL"), ("comm", "insmod"))));
        Assert.False(rule.Matches(Event(("type", "SYSCALL"), ("comm", "modprobe"))));
        Assert.False(rule.Matches(Event(("comm", "insmod"))));
    }

    [Fact]
    public void A_list_of_maps_matches_when_any_map_does()
    {
        var rule = Compile("""
            selection:
                - Image|endswith: '/example'
                - Description|contains: 'Test executable'
            condition: selection
            """);

        Assert.True(rule.Matches(Event(("Image", "/opt/example"))));
        Assert.True(rule.Matches(Event(("Description", "a Test executable here"))));
        Assert.False(rule.Matches(Event(("Image", "/opt/other"), ("Description", "other"))));
    }
}

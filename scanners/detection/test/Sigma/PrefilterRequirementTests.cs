using static Bulwark.Scanners.Detection.Tests.Sigma.SigmaTestKit;

namespace Bulwark.Scanners.Detection.Tests.Sigma;

/// <summary>
/// The (field, literal) pairs a compiled rule says any match needs, which a later engine indexes rules by. Each
/// requirement must really be necessary: a rule that can match without it would be wrongly skipped.
/// </summary>
public sealed class PrefilterRequirementTests
{
    [Fact]
    public void A_map_requires_each_of_its_literal_fields()
    {
        var rule = Compile("""
            selection:
                Image|endswith: '/wget'
                CommandLine|contains:
                    - '/tmp/'
                    - '/dev/shm/'
            condition: selection
            """);

        Assert.Equal(["Image$'/wget'", "CommandLine~'/tmp/' | CommandLine~'/dev/shm/'"], rule.Requirements.Select(r => r.ToString()));
        // A suffix is rarer, and cheaper to look for, than a substring of the same length.
        Assert.Equal("Image$'/wget'", rule.Prefilter!.ToString());
    }

    [Fact]
    public void All_requires_every_value_separately()
    {
        var rule = Compile("""
            selection:
                CommandLine|contains|all:
                    - 'truncate'
                    - ' -s '
            condition: selection
            """);

        Assert.Equal(["CommandLine~'truncate'", "CommandLine~' -s '"], rule.Requirements.Select(r => r.ToString()));
    }

    [Fact]
    public void Or_requires_one_literal_from_each_branch_and_a_filter_under_not_requires_nothing()
    {
        var rule = Compile("""
            selection_a:
                Image|endswith: '/nc'
            selection_b:
                CommandLine|contains: 'nmap'
            filter:
                User: 'scanner'
            condition: 1 of selection_* and not filter
            """);

        Assert.Equal("Image$'/nc' | CommandLine~'nmap'", Assert.Single(rule.Requirements).ToString());
    }

    [Fact]
    public void Keywords_require_text_in_the_raw_line_and_wildcards_keep_their_longest_piece()
    {
        var rule = Compile("""
            keywords:
                - 'Trojan*FOUND'
                - 'Rootkit*FOUND'
            condition: keywords
            """);

        Assert.Equal("<raw>~'Trojan' | <raw>~'Rootkit'", Assert.Single(rule.Requirements).ToString());
    }

    [Fact]
    public void Values_with_no_literal_leave_the_rule_without_a_requirement()
    {
        var regex = Compile("""
            selection:
                CommandLine|re: '\s-[FTd]\s'
            condition: selection
            """);
        var orWithRegex = Compile("""
            selection:
                - CommandLine|re: '\s-[FTd]\s'
                - CommandLine|contains: '--output-document'
            condition: selection
            """);
        var negated = Compile("""
            selection:
                User: 'root'
            condition: not selection
            """);

        Assert.Empty(regex.Requirements);
        Assert.Empty(orWithRegex.Requirements);
        Assert.Null(negated.Prefilter);
    }

    [Fact]
    public void A_regular_expression_requires_the_texts_every_match_contains()
    {
        var rule = Compile("""
            selection:
                - CommandLine|re: '\s-O\s'
                - CommandLine|contains: '--output-document'
            condition: selection
            """);

        Assert.Equal(["CommandLine~'--output-document'", "CommandLine~'-O'"], rule.Prefilter!.AnyOf.Select(l => l.ToString()).Order());
    }

    [Fact]
    public void The_next_strongest_requirement_is_kept_as_the_second()
    {
        var rule = Compile("""
            selection:
                Image|endswith: '/grep'
                CommandLine|contains: 'shadow'
                User: 'root'
            condition: selection
            """);
        var alone = Compile("""
            selection:
                Image|endswith: '/grep'
            condition: selection
            """);

        Assert.Equal("User='root'", rule.Prefilter!.ToString());
        Assert.Equal("Image$'/grep'", rule.SecondPrefilter!.ToString());
        Assert.Null(alone.SecondPrefilter);
    }

    [Fact]
    public void Windash_requires_the_longest_dash_free_piece()
    {
        var rule = Compile("""
            selection:
                CommandLine|windash|contains: ' -encodedcommand '
            condition: selection
            """);

        Assert.Equal("CommandLine~'encodedcommand '", Assert.Single(rule.Requirements).ToString());
        Assert.True(rule.Matches(Event(("CommandLine", "x /EncodedCommand y"))));
    }

    [Fact]
    public void Base64offset_requires_any_of_its_three_encodings()
    {
        var rule = Compile("""
            selection:
                CommandLine|base64offset|contains: 'http://'
            condition: selection
            """);

        Assert.Equal(3, Assert.Single(rule.Requirements).AnyOf.Count);
    }

    [Fact]
    public void Each_literal_says_where_in_the_value_it_must_sit()
    {
        var rule = Compile("""
            selection:
                User: 'root'
                CurrentDirectory|startswith: '/tmp/'
                Image|endswith: '/nc'
                CommandLine|contains: ' -e '
            condition: selection
            """);

        Assert.Equal(["User='root'", "CurrentDirectory^'/tmp/'", "Image$'/nc'", "CommandLine~' -e '"], rule.Requirements.Select(r => r.ToString()));
        // A whole value counts as the most selective: one hash look-up decides it.
        Assert.Equal("User='root'", rule.Prefilter!.ToString());
    }
}

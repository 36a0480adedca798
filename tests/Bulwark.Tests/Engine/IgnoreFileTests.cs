using Bulwark.Engine.Suppressions;

namespace Bulwark.Tests.Engine;

public sealed class IgnoreFileTests
{
    private const string Fingerprint = "0123456789abcdef0123456789abcdef";

    [Fact]
    public void Comments_and_blank_lines_are_skipped_and_entries_keep_their_line_numbers()
    {
        var parsed = IgnoreFile.Parse(["# accepted findings", "", "   ", $"{Fingerprint} test fixture key", "  # indented comment"], ".bulwarkignore");

        var entry = Assert.Single(parsed.Value!);
        Assert.Equal(Fingerprint, entry.Fingerprint);
        Assert.Equal("test fixture key", entry.Reason);
        Assert.Null(entry.Expires);
        Assert.Equal(".bulwarkignore:4", entry.Source);
    }

    [Fact]
    public void An_expiry_date_is_read_and_the_reason_follows_it()
    {
        var parsed = IgnoreFile.Parse([$"{Fingerprint} expires:2031-02-28 rotated next quarter"], ".bulwarkignore");

        var entry = Assert.Single(parsed.Value!);
        Assert.Equal(new DateOnly(2031, 2, 28), entry.Expires);
        Assert.Equal("rotated next quarter", entry.Reason);
    }

    [Theory]
    [InlineData(Fingerprint)]
    [InlineData(Fingerprint + "   ")]
    [InlineData(Fingerprint + " expires:2031-02-28")]
    public void A_line_without_a_reason_is_a_problem_with_its_file_and_line(string line)
    {
        var parsed = IgnoreFile.Parse(["# header", line], "conf/.bulwarkignore");

        Assert.False(parsed.Succeeded);
        var problem = Assert.Single(parsed.Problems);
        Assert.Equal("conf/.bulwarkignore:2", problem.Where);
        Assert.Contains("no reason", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not-a-fingerprint some reason")]
    [InlineData("0123456789abcde short by one")]
    [InlineData("0123456789abcdefg0123456789abcdef has a g")]
    public void A_malformed_fingerprint_is_a_problem(string line)
    {
        var parsed = IgnoreFile.Parse([line], ".bulwarkignore");

        var problem = Assert.Single(parsed.Problems);
        Assert.Equal(".bulwarkignore:1", problem.Where);
        Assert.Contains("is not a fingerprint", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("expires:2031-13-01 month thirteen")]
    [InlineData("expires:31.12.2031 wrong order")]
    [InlineData("expires:tomorrow soon")]
    [InlineData("expires:")]
    public void A_malformed_expiry_date_is_a_problem(string rest)
    {
        var parsed = IgnoreFile.Parse([$"{Fingerprint} {rest}"], ".bulwarkignore");

        var problem = Assert.Single(parsed.Problems);
        Assert.Equal(".bulwarkignore:1", problem.Where);
        Assert.Contains("expires:YYYY-MM-DD", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_bad_line_is_reported_at_once_and_no_entries_are_returned()
    {
        var parsed = IgnoreFile.Parse([$"{Fingerprint} fine", "zz bad", $"{Fingerprint}", $"{Fingerprint} expires:soon x"], ".bulwarkignore");

        Assert.Null(parsed.Value);
        Assert.Equal([".bulwarkignore:2", ".bulwarkignore:3", ".bulwarkignore:4"], parsed.Problems.Select(p => p.Where));
    }

    [Fact]
    public void Fingerprints_are_case_insensitive_and_stored_in_lower_case()
    {
        var parsed = IgnoreFile.Parse([$"{Fingerprint.ToUpperInvariant()} EXPIRES:2031-01-01 upper case"], ".bulwarkignore");

        var entry = Assert.Single(parsed.Value!);
        Assert.Equal(Fingerprint, entry.Fingerprint);
        Assert.Equal(new DateOnly(2031, 1, 1), entry.Expires);
        var set = new SuppressionSet(parsed.Value!, [], new DateOnly(2030, 1, 1));
        Assert.NotNull(set.Find(TestFinding.At("a.txt", 1, fingerprint: Fingerprint)));
    }

    [Fact]
    public void A_missing_ignore_file_has_no_entries()
    {
        var loaded = IgnoreFile.Load(Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("n"), ".bulwarkignore"), ".bulwarkignore");

        Assert.True(loaded.Succeeded);
        Assert.Empty(loaded.Value!);
    }
}

using Bulwark.Scanners.Integrity.Changes;
using Bulwark.Scanners.Integrity.Meaning;
using Bulwark.Sdk;

namespace Bulwark.Scanners.Integrity.Tests.Meaning;

public sealed class AuthorizedKeysFactsTests
{
    private const string Path = "/home/alice/.ssh/authorized_keys";

    // Made with ssh-keygen; the fingerprints are what `ssh-keygen -lf` printed for them.
    private const string Ed25519Blob = "AAAAC3NzaC1lZDI1NTE5AAAAIGijsJMfEtPBkPhR7tWd44GAkCd9lQVuN6l2YBuIFF+m";
    private const string Ed25519Fingerprint = "SHA256:086oKcXtRC0GQSVlfm32e3viqD024OEJSWJbvuuvVPk";
    private const string RsaBlob = "AAAAB3NzaC1yc2EAAAADAQABAAAAgQCu9KXJI74uoeRbUxy1v98xXfX0AWxRoTFLV2hxjfanwJIcGOt4bGS/zC+/hXkGC4iCc8jafnPqUiIulzmeZfNapEhy0fY2/ypypjYDW/p/niU6DK6kJPw+HYggoxdHG/poi1UtkhMT1c5BAbYC5RnR+GXvqmx4jp2pkNtrtuI+Hw==";
    private const string RsaFingerprint = "SHA256:1mw1/7qyXfAI5/8/uRJEbj52xGFLaBW8I4vNJlDuquQ";

    private const string Keys = $"""
        # alice's laptop
        ssh-ed25519 {Ed25519Blob} alice@laptop

        """;

    private const string RsaWithOptions = $"""from="10.0.0.0/8",command="/usr/local/bin/backup --from \"nightly run\"",no-pty ssh-rsa {RsaBlob} backup   robot""";

    private readonly AuthorizedKeysFacts _reader = new();

    private List<Change> Compare(string before, string after) => Sample.Compare(_reader, Path, before, after);

    [Fact]
    public void A_key_is_its_type_the_fingerprint_ssh_keygen_prints_and_its_comment()
    {
        Assert.Equal([$"ssh-ed25519\t{Ed25519Fingerprint}\talice@laptop"], Sample.Read(_reader, Keys));
    }

    [Fact]
    public void A_key_after_quoted_options_is_read_and_its_comment_whitespace_collapsed()
    {
        Assert.Equal([$"ssh-rsa\t{RsaFingerprint}\tbackup robot"], Sample.Read(_reader, RsaWithOptions));
    }

    [Fact]
    public void The_key_blob_itself_is_never_kept()
    {
        var facts = Sample.Read(_reader, Keys + RsaWithOptions);

        Assert.Equal(2, facts.Count);
        Assert.All(facts, f => Assert.DoesNotContain(Ed25519Blob[20..], f));
        Assert.All(facts, f => Assert.DoesNotContain(RsaBlob[20..], f));
    }

    [Theory]
    [InlineData("ssh-ed25519 not-base64 alice@laptop")]
    [InlineData("ssh-rsa " + Ed25519Blob + " type does not match the blob")]
    [InlineData("ssh-ed25519")]
    [InlineData("   # ssh-ed25519 " + Ed25519Blob)]
    [InlineData("command=\"unterminated ssh-ed25519 " + Ed25519Blob)]
    public void Lines_sshd_would_not_accept_are_skipped(string line)
    {
        Assert.Empty(Sample.Read(_reader, line + "\n"));
    }

    [Fact]
    public void A_new_key_is_a_new_authorized_key_named_by_its_fingerprint()
    {
        var change = Assert.Single(Compare(Keys, Keys + RsaWithOptions + "\n"));

        Assert.Equal(ChangeKinds.AuthorizedKeyAdded, change.Kind);
        Assert.Equal(RsaFingerprint, change.Subject);
        Assert.Equal([new ChangeDetail("type", null, "ssh-rsa"), new ChangeDetail("fingerprint", null, RsaFingerprint), new ChangeDetail("comment", null, "backup robot")],
            change.Details);
        Assert.Equal($"new SSH key {RsaFingerprint} (ssh-rsa, backup robot) authorized in {Path}", change.Message);
    }

    [Fact]
    public void A_removed_key_is_a_removed_authorized_key()
    {
        var change = Assert.Single(Compare(Keys, ""));

        Assert.Equal(ChangeKinds.AuthorizedKeyRemoved, change.Kind);
        Assert.Equal(Ed25519Fingerprint, change.Subject);
        Assert.Contains(new ChangeDetail("fingerprint", Ed25519Fingerprint, null), change.Details);
    }

    [Fact]
    public void The_same_key_under_another_comment_or_with_options_changes_nothing()
    {
        var after = $"restrict ssh-ed25519 {Ed25519Blob} alice@new-laptop\nssh-ed25519 {Ed25519Blob}\n";

        Assert.Empty(Compare(Keys, after));
    }
}

namespace Bulwark.Scanners.Integrity.Tests.Database;

/// <summary><c>fim update</c>: it accepts changes only on top of a baseline whose signature holds, signed by the same key.</summary>
public sealed class BaselineUpdateTests : IDisposable
{
    private readonly SmallHost _host = new();

    public BaselineUpdateTests()
    {
        try
        {
            _host.Init();
        }
        catch
        {
            _host.Dispose();
            throw;
        }
    }

    public void Dispose() => _host.Dispose();

    private FimResult Update() => FimBaselines.Update(_host.Target, null, "tester", "accepted the new motd", "test", CancellationToken.None);

    [Fact]
    public void An_update_accepts_the_changes_and_the_next_check_finds_none()
    {
        _host.Write("/etc/motd", "New message of the day.\n");
        _host.Write("/etc/new.conf", "x\n");

        var result = Update();

        Assert.NotNull(result.Summary);
        Assert.False(result.Summary!.KeyCreated);
        Assert.Equal(1, result.Summary.Accepted["added"]);
        Assert.True(result.Summary.Accepted.ContainsKey("modified"));
        Assert.Null(FimBaselines.Verify(_host.Target));
        Assert.False(File.Exists(_host.Db + ".writing"));
    }

    [Fact]
    public void An_update_on_top_of_a_tampered_baseline_is_refused_and_leaves_it_as_it_was()
    {
        var bytes = File.ReadAllBytes(_host.Db);
        bytes[bytes.Length / 2] ^= 1;
        File.WriteAllBytes(_host.Db, bytes);

        var result = Update();

        Assert.Null(result.Summary);
        Assert.Contains("modified after it was signed", result.Failure);
        Assert.Equal(bytes, File.ReadAllBytes(_host.Db));
        Assert.False(File.Exists(_host.Db + ".writing"));
    }

    [Fact]
    public void An_update_without_a_baseline_says_to_record_one_first()
    {
        File.Delete(_host.Db);

        Assert.Contains("record one with bulwark fim init", Update().Failure);
    }

    [Fact]
    public void An_update_without_the_private_key_does_not_re_key_the_baseline_behind_the_trusted_public_key()
    {
        var trusted = File.ReadAllText(_host.Db + ".pub");
        File.Move(_host.Db + ".key", _host.File("offline.key", ""), overwrite: true);

        var result = Update();

        Assert.Null(result.Summary);
        Assert.Equal(trusted, File.ReadAllText(_host.Db + ".pub"));
        Assert.False(File.Exists(_host.Db + ".key"));
    }
}

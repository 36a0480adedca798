using System.Collections.Concurrent;
using Bulwark.Scanners.Detection.Live;

namespace Bulwark.Scanners.Detection.Tests.Live;

/// <summary>Following a log while something writes it and rotates it, as logrotate does.</summary>
public sealed class LogFollowerTests : IDisposable
{
    // A bound on waiting for the follower's polls, not a speed claim.
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private readonly string _directory = Directory.CreateTempSubdirectory("bulwark-follow-").FullName;
    private readonly BlockingCollection<(long Line, string Text)> _seen = [];
    private readonly CancellationTokenSource _stop = new();
    private Task? _running;

    private string Log => Path.Combine(_directory, "auth.log");

    public void Dispose()
    {
        _stop.Cancel();
        _running?.Wait(Patience);
        _stop.Dispose();
        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public void Lines_written_after_following_began_are_yielded_with_the_files_own_line_numbers()
    {
        File.WriteAllText(Log, "old 1\nold 2\n");
        Follow();

        Append("new 3\n");
        Append("new 4\n");

        Assert.Equal([(3L, "new 3"), (4L, "new 4")], Take(2));
    }

    [Fact]
    public void A_partial_line_waits_for_its_newline()
    {
        File.WriteAllText(Log, "");
        Follow();

        Append("Failed password for ro");
        Assert.False(_seen.TryTake(out _, TimeSpan.FromMilliseconds(300)));
        Append("ot from 203.0.113.9\n");

        Assert.Equal([(1L, "Failed password for root from 203.0.113.9")], Take(1));
    }

    [Fact]
    public void Rename_and_create_reads_the_old_file_to_its_end_and_then_the_new_one_from_the_start()
    {
        File.WriteAllText(Log, "line 1\n");
        var follower = Follow();
        Append("line 2\n");
        Assert.Equal([(2L, "line 2")], Take(1));

        Append("line 3, written just before the rotation\n");
        File.Move(Log, Log + ".1");
        File.WriteAllText(Log, "fresh 1\nfresh 2\n");

        Assert.Equal([(3L, "line 3, written just before the rotation"), (1L, "fresh 1"), (2L, "fresh 2")], Take(3));
        Assert.Equal(1, follower.Rotations);
    }

    [Fact]
    public void Copy_and_truncate_is_noticed_and_the_file_read_again_from_the_start()
    {
        File.WriteAllText(Log, "a\nb\nc\n");
        var follower = Follow();
        File.Copy(Log, Log + ".1");
        File.WriteAllText(Log, "");
        WaitFor(() => follower.Rotations == 1);

        Append("after truncate\n");

        Assert.Equal([(1L, "after truncate")], Take(1));
    }

    private LogFollower Follow()
    {
        var follower = new LogFollower(Log, TimeSpan.FromMilliseconds(20));
        using var following = new ManualResetEventSlim();
        follower.Following += following.Set;
        _running = Task.Run(() =>
        {
            foreach (var line in follower.Lines(_stop.Token))
            {
                _seen.Add(line);
            }
        });
        Assert.True(following.Wait(Patience), "the follower never opened the log");
        return follower;
    }

    private void Append(string text)
    {
        using var stream = new FileStream(Log, FileMode.Append, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete);
        stream.Write(System.Text.Encoding.UTF8.GetBytes(text));
    }

    private List<(long Line, string Text)> Take(int count)
    {
        var lines = new List<(long, string)>();
        for (var i = 0; i < count; i++)
        {
            Assert.True(_seen.TryTake(out var line, Patience), $"only {lines.Count} of {count} lines arrived: {string.Join(" | ", lines)}");
            lines.Add(line);
        }

        return lines;
    }

    private static void WaitFor(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "gave up waiting");
            Thread.Sleep(20);
        }
    }
}

using System.Collections.Concurrent;
using Bulwark.Scanners.Integrity.Tests.Support;
using Bulwark.Scanners.Integrity.Watching;

namespace Bulwark.Scanners.Integrity.Tests.Watching;

/// <summary>The watch mode with the runtime's real inotify watcher on a real tree.</summary>
public sealed class WatcherTests : IDisposable
{
    // A bound on waiting for the kernel and the watcher, not a speed claim: events normally arrive within a second.
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private readonly ServerTree _tree = new();
    private readonly ConcurrentQueue<FimEvent> _events = new();
    private readonly CancellationTokenSource _stop = new();

    public void Dispose()
    {
        _stop.Cancel();
        _stop.Dispose();
        _tree.Dispose();
    }

    [Fact]
    public async Task Changes_made_while_watching_are_reported_as_they_happen()
    {
        Fim.Init(_tree.Target);
        var (watcher, running) = await Start(TimeSpan.Zero);

        _tree.Append("/etc/passwd", "toor:x:0:0::/root:/bin/bash\n");
        _tree.Write("/usr/bin/su2", "ELF\n", 0b100_111_101_101);

        await WaitFor(() => Has("new-user", "/etc/passwd") && Has("new-suid", "/usr/bin/su2"));
        Assert.All(_events, e => Assert.Equal("inotify", e.Trigger));
        await Stop(watcher, running);
    }

    [Fact]
    public async Task What_changed_before_the_watch_began_is_reported_at_start()
    {
        Fim.Init(_tree.Target);
        File.Delete(_tree.Host("/etc/motd"));

        var (watcher, running) = await Start(TimeSpan.Zero);

        Assert.Contains(_events, e => e.Trigger == "start" && e.Finding.Change!.Kind == "removed" && e.Finding.Location.Path == "/etc/motd");
        await Stop(watcher, running);
    }

    [Fact]
    public async Task A_difference_is_reported_once_until_it_changes_again()
    {
        Fim.Init(_tree.Target);
        var (watcher, running) = await Start(TimeSpan.Zero);

        _tree.Write("/etc/motd", "first edit\n");
        await WaitFor(() => _events.Count(e => e.Finding.Location.Path == "/etc/motd") == 1);
        _tree.Mode("/etc/hostname", 0b110_110_100);
        await WaitFor(() => Has("permissions", "/etc/hostname"));
        _tree.Write("/etc/motd", "second edit, longer\n");
        await WaitFor(() => _events.Count(e => e.Finding.Location.Path == "/etc/motd") == 2);

        Assert.Equal(2, _events.Count(e => e.Finding.Location.Path == "/etc/motd"));
        await Stop(watcher, running);
    }

    [Fact]
    public async Task A_change_inotify_cannot_see_is_found_by_the_scheduled_full_check()
    {
        // Written through a hard link outside the watched directories, a change raises no event on them.
        var outside = Directory.CreateTempSubdirectory("bulwark-fim-outside-").FullName;
        try
        {
            ServerTree.Run("ln", _tree.Host("/etc/motd"), Path.Combine(outside, "motd"));
            Fim.Init(_tree.Target);
            var (watcher, running) = await Start(TimeSpan.FromSeconds(2));

            await File.AppendAllTextAsync(Path.Combine(outside, "motd"), "edited behind the watch's back\n");

            await WaitFor(() => _events.Any(e => e.Trigger == "schedule" && e.Finding.Location.Path == "/etc/motd"));
            await Stop(watcher, running);
        }
        finally
        {
            Directory.Delete(outside, recursive: true);
        }
    }

    [KernelLimitFact]
    public async Task When_the_kernel_drops_events_everything_is_checked_again()
    {
        const string Limit = KernelLimitFactAttribute.InotifyQueue;
        const int Files = 2000;
        for (var i = 0; i < Files; i++)
        {
            _tree.Write($"/usr/lib/flood/f{i:0000}", "x\n");
        }

        Fim.Init(_tree.Target);
        var saved = File.ReadAllText(Limit).Trim();
        FimWatcher watcher;
        Task<string?> running;
        File.WriteAllText(Limit, "4");
        try
        {
            // The limit is read when an inotify instance is made, so only this watcher's queue is this small.
            (watcher, running) = await Start(TimeSpan.Zero);
        }
        finally
        {
            File.WriteAllText(Limit, saved);
        }

        // chmod -R changes thousands of files faster than any reader drains a queue of four events.
        ServerTree.Run("chmod", "-R", "600", _tree.Host("/usr/lib/flood"));

        await WaitFor(() => _events.Count(e => e.Finding.Change!.Kind == "permissions") >= Files);
        Assert.True(watcher.Overflows > 0, $"no overflow was seen; triggers: {string.Join(", ", _events.Select(e => e.Trigger).Distinct())}");
        Assert.Contains(_events, e => e.Trigger == "overflow");
        await Stop(watcher, running);
    }

    private bool Has(string kind, string path) => _events.Any(e => e.Finding.Change!.Kind == kind && e.Finding.Location.Path == path);

    private async Task<(FimWatcher Watcher, Task<string?> Running)> Start(TimeSpan interval)
    {
        var watcher = new FimWatcher(_tree.Target, interval, _events.Enqueue);
        var ready = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        watcher.Ready += ready.SetResult;
        var running = Task.Run(() => watcher.RunAsync(_stop.Token));
        await Task.WhenAny(ready.Task, running).WaitAsync(Patience);
        Assert.True(ready.Task.IsCompleted, $"the watch did not start: {(running.IsCompleted ? running.Result : "still starting")}");
        return (watcher, running);
    }

    private async Task Stop(FimWatcher watcher, Task<string?> running)
    {
        await _stop.CancelAsync();
        Assert.Null(await running.WaitAsync(Patience));
        watcher.Dispose();
    }

    private async Task WaitFor(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "gave up waiting; events so far: " + string.Join("; ", _events.Select(e => $"{e.Trigger} {e.Finding.Change!.Kind} {e.Finding.Location.Path}")));
            await Task.Delay(50);
        }
    }
}

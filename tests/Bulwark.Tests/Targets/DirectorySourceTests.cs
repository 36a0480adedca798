using System.Diagnostics;
using Bulwark.Targets.Directories;

namespace Bulwark.Tests.Targets;

public sealed class DirectorySourceTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Files_come_depth_first_in_ordinal_name_order_with_relative_forward_slash_paths()
    {
        _folder.Write("b.txt", "b");
        _folder.Write("a.txt", "a");
        _folder.Write("A.txt", "A");
        _folder.Write("a/z.txt", "z");
        _folder.Write("a/b/c.txt", "c");

        var files = RecordingSink.Enumerate(new DirectorySource(_folder.Root, _ => false));

        Assert.Equal(["A.txt", "a/b/c.txt", "a/z.txt", "a.txt", "b.txt"], files.Select(file => file.Path));
    }

    [Fact]
    public void A_file_reports_its_size_name_and_content_and_has_no_origin()
    {
        _folder.Write("config/app.env", "TOKEN=abc\n");

        var file = Assert.Single(RecordingSink.Enumerate(new DirectorySource(_folder.Root, _ => false)));

        Assert.Equal(10, file.Size);
        Assert.Equal("app.env", file.Name);
        Assert.Null(file.Origin);
        Assert.Null(file.ChangedLines);
        Assert.Equal("TOKEN=abc\n", RecordingSink.Read(file));
    }

    [Fact]
    public void An_excluded_directory_is_never_entered_and_directories_are_asked_with_a_trailing_slash()
    {
        _folder.Write("vendor/lib/x.js", "x");
        _folder.Write("vendor/y.js", "y");
        _folder.Write("src/main.cs", "m");
        _folder.Write("src/generated.cs", "g");
        var asked = new List<string>();

        var files = RecordingSink.Enumerate(new DirectorySource(_folder.Root, path =>
        {
            asked.Add(path);
            return path is "vendor/" or "src/generated.cs";
        }));

        Assert.Equal(["src/main.cs"], files.Select(file => file.Path));
        Assert.Equal(["src/", "src/generated.cs", "src/main.cs", "vendor/"], asked);
    }

    [Fact]
    public void Git_directories_are_skipped_at_any_depth_but_files_named_like_git_are_not()
    {
        _folder.Write(".git/config", "[core]");
        _folder.Write(".gitignore", "bin/");
        _folder.Write("module/.git/HEAD", "ref: refs/heads/main");
        _folder.Write("module/.gitattributes", "* text=auto");
        var asked = new List<string>();

        var files = RecordingSink.Enumerate(new DirectorySource(_folder.Root, path =>
        {
            asked.Add(path);
            return false;
        }));

        Assert.Equal([".gitignore", "module/.gitattributes"], files.Select(file => file.Path));
        Assert.DoesNotContain(asked, path => path.Contains(".git/", StringComparison.Ordinal));
    }

    [Fact]
    public void Symbolic_links_to_files_and_directories_are_not_followed_so_a_loop_ends()
    {
        _folder.Write("real/data.txt", "data");
        File.CreateSymbolicLink(_folder.PathOf("link-to-file.txt"), _folder.PathOf("real/data.txt"));
        Directory.CreateSymbolicLink(_folder.PathOf("link-to-dir"), _folder.PathOf("real"));
        Directory.CreateSymbolicLink(_folder.PathOf("real/loop"), _folder.Root);
        File.CreateSymbolicLink(_folder.PathOf("dangling"), _folder.PathOf("nowhere"));

        var files = RecordingSink.Enumerate(new DirectorySource(_folder.Root, _ => false));

        Assert.Equal(["real/data.txt"], files.Select(file => file.Path));
    }

    [Fact]
    public async Task A_fifo_is_skipped_without_being_opened_while_an_empty_regular_file_is_kept()
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
        {
            return;
        }

        _folder.Write("empty.txt", "");
        using (var mkfifo = Process.Start("mkfifo", [_folder.PathOf("pipe")]))
        {
            mkfifo.WaitForExit();
            Assert.Equal(0, mkfifo.ExitCode);
        }

        // Opening a fifo would block this test forever, so the walk runs with a deadline.
        var files = await Task.Run(() => RecordingSink.Enumerate(new DirectorySource(_folder.Root, _ => false)))
            .WaitAsync(TimeSpan.FromSeconds(10));

        var file = Assert.Single(files);
        Assert.Equal("empty.txt", file.Path);
        Assert.Equal("", RecordingSink.Read(file));
    }

    [Fact]
    public void A_root_that_is_a_file_yields_just_that_file_under_its_name()
    {
        var path = _folder.Write("deploy/secrets.yaml", "key: value\n");

        var file = Assert.Single(RecordingSink.Enumerate(new DirectorySource(path, _ => false)));

        Assert.Equal("secrets.yaml", file.Path);
        Assert.Equal(11, file.Size);
        Assert.Equal("key: value\n", RecordingSink.Read(file));
    }

    [Fact]
    public void An_unreadable_directory_is_reported_and_the_walk_goes_on()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        _folder.Write("locked/inner.txt", "x");
        _folder.Write("open/visible.txt", "y");
        File.SetUnixFileMode(_folder.PathOf("locked"), UnixFileMode.None);
        try
        {
            // Root reads every directory whatever its mode, so there is nothing to observe then.
            if (Directory.EnumerateFileSystemEntries(_folder.PathOf("locked")).Any())
            {
                return;
            }
        }
        catch (UnauthorizedAccessException)
        {
        }

        try
        {
            var sink = new RecordingSink();
            var files = RecordingSink.Enumerate(new DirectorySource(_folder.Root, _ => false), sink);

            Assert.Equal(["open/visible.txt"], files.Select(file => file.Path));
            var (path, message) = Assert.Single(sink.Errors);
            Assert.Equal("locked", path);
            Assert.StartsWith("cannot read directory: ", message, StringComparison.Ordinal);
        }
        finally
        {
            File.SetUnixFileMode(_folder.PathOf("locked"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    [Fact]
    public void A_missing_root_is_reported_as_an_error_rather_than_thrown()
    {
        var sink = new RecordingSink();

        var files = RecordingSink.Enumerate(new DirectorySource(_folder.PathOf("absent"), _ => false), sink);

        Assert.Empty(files);
        Assert.Single(sink.Errors);
    }
}

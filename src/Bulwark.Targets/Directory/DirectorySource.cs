using System.IO.Enumeration;
using Bulwark.Sdk;

namespace Bulwark.Targets.Directories;

/// <summary>
/// The regular files under a directory, depth-first in ordinal name order, with paths relative to the root.
/// Symbolic links are never followed, special files (fifos, sockets, devices) are skipped and <c>.git</c>
/// directories are never entered.
/// </summary>
public sealed class DirectorySource : IFileSource
{
    private static readonly EnumerationOptions ListOnce = new()
    {
        IgnoreInaccessible = false,
        AttributesToSkip = 0,
        RecurseSubdirectories = false,
        ReturnSpecialDirectories = false,
    };

    private readonly string _root;
    private readonly Func<string, bool> _isExcluded;

    /// <summary>Walks <paramref name="root"/>, a directory or a single file.</summary>
    /// <param name="root">The directory to walk, or one file to present alone.</param>
    /// <param name="isExcluded">
    /// Asked with each relative path before it is used: directories end with <c>/</c> and are asked before
    /// they are entered, so an excluded directory's subtree is never read.
    /// </param>
    public DirectorySource(string root, Func<string, bool> isExcluded)
    {
        ArgumentException.ThrowIfNullOrEmpty(root);
        ArgumentNullException.ThrowIfNull(isExcluded);
        _root = System.IO.Path.GetFullPath(root);
        _isExcluded = isExcluded;
    }

    /// <inheritdoc />
    public string Description => _root;

    /// <inheritdoc />
    public IEnumerable<SourceFile> Enumerate(IFindingSink errors, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(errors);
        return File.Exists(_root) ? SingleFile(errors) : Walk(errors, cancellationToken);
    }

    private IEnumerable<SourceFile> SingleFile(IFindingSink errors)
    {
        // The user named this file, so a link to it is followed; a fifo given as root is still never opened.
        var target = new FileInfo(_root).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? _root;
        var size = new FileInfo(target).Length;
        var name = System.IO.Path.GetFileName(_root);
        if (size == 0 && SpecialFiles.IsSpecial(target))
        {
            errors.Error(name, "not a regular file (a fifo, socket or device); skipped");
            yield break;
        }

        yield return new DirectoryFile(target) { Path = name, Size = size };
    }

    private IEnumerable<SourceFile> Walk(IFindingSink errors, CancellationToken cancellationToken)
    {
        var pending = new Stack<Listing>();
        pending.Push(List("", _root, errors));
        while (pending.TryPeek(out var listing))
        {
            if (listing.Next == listing.Entries.Length)
            {
                pending.Pop();
                continue;
            }

            cancellationToken.ThrowIfCancellationRequested();
            var entry = listing.Entries[listing.Next++];
            var relative = listing.Prefix + entry.Name;
            var fullPath = System.IO.Path.Join(listing.FullPath, entry.Name);
            if (entry.IsDirectory)
            {
                if (entry.Name != ".git" && !_isExcluded(relative + "/"))
                {
                    pending.Push(List(relative + "/", fullPath, errors));
                }

                continue;
            }

            // Only a zero-length entry can be a fifo, socket or device, so only those pay for a type check.
            if (_isExcluded(relative) || (entry.Length == 0 && SpecialFiles.IsSpecial(fullPath)))
            {
                continue;
            }

            yield return new DirectoryFile(fullPath) { Path = relative, Size = entry.Length };
        }
    }

    private static Listing List(string prefix, string fullPath, IFindingSink errors)
    {
        try
        {
            var entries = new FileSystemEnumerable<Entry>(fullPath, ToEntry, ListOnce)
            {
                ShouldIncludePredicate = IsNotLink,
            }.ToArray();
            Array.Sort(entries, static (a, b) => string.CompareOrdinal(a.Name, b.Name));
            return new Listing(prefix, fullPath, entries);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            errors.Error(prefix.Length == 0 ? "." : prefix.TrimEnd('/'), $"cannot read directory: {ex.Message}");
            return new Listing(prefix, fullPath, []);
        }
    }

    private static bool IsNotLink(ref FileSystemEntry entry) => (entry.Attributes & FileAttributes.ReparsePoint) == 0;

    private static Entry ToEntry(ref FileSystemEntry entry) =>
        entry.IsDirectory ? new Entry(entry.FileName.ToString(), true, 0) : new Entry(entry.FileName.ToString(), false, entry.Length);

    private readonly record struct Entry(string Name, bool IsDirectory, long Length);

    private sealed class Listing(string prefix, string fullPath, Entry[] entries)
    {
        public string Prefix { get; } = prefix;

        public string FullPath { get; } = fullPath;

        public Entry[] Entries { get; } = entries;

        public int Next { get; set; }
    }
}

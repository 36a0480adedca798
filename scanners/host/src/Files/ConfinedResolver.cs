namespace Bulwark.Scanners.Host.Files;

/// <summary>
/// Resolves audited paths to host paths segment by segment, the way the kernel would if the root were <c>/</c>
/// (a chroot): an absolute link target starts again at the root, and <c>..</c> at the root stays at the root.
/// Nothing outside the root is ever looked at, so a link to <c>/etc/shadow</c> in an image reads the image's file.
/// </summary>
internal sealed class ConfinedResolver(string root)
{
    // The kernel's limit (MAXSYMLINKS in Linux is 40).
    private const int MaxLinks = 40;

    /// <summary>The host directory standing for the audited <c>/</c>.</summary>
    public string Root { get; } = root;

    /// <summary>The host path of the audited segments, without resolving anything.</summary>
    public string HostOf(string auditedPath) => Root == "/" ? auditedPath : auditedPath == "/" ? Root : Root + auditedPath;

    /// <summary>
    /// Resolves <paramref name="auditedPath"/>; every symbolic link on the way is followed (inside the root), the last
    /// segment only when <paramref name="followFinal"/>.
    /// </summary>
    public Resolution Resolve(string auditedPath, bool followFinal)
    {
        var pending = new Stack<string>(Enumerable.Reverse(AuditedPath.Segments(auditedPath)));
        var done = new List<string>();
        var links = 0;
        while (pending.TryPop(out var segment))
        {
            if (segment == "..")
            {
                if (done.Count > 0)
                {
                    done.RemoveAt(done.Count - 1);
                }

                continue;
            }

            done.Add(segment);
            var final = pending.All(s => s == ".");
            if (final && !followFinal)
            {
                break;
            }

            var host = HostOf(AuditedPath.Join(done));
            var outcome = NativeStat.Query(host);
            if (outcome.Problem is { } problem)
            {
                return new Resolution(null, $"{AuditedPath.Join(done)}: {problem}");
            }

            if (outcome.Stat is not { } stat)
            {
                return final ? new Resolution(host, null) : new Resolution(null, null);
            }

            if (stat.Kind == HostFileKind.SymbolicLink)
            {
                if (++links > MaxLinks)
                {
                    return new Resolution(null, $"{auditedPath}: too many levels of symbolic links");
                }

                var target = ReadLink(host);
                if (target is null)
                {
                    return new Resolution(null, $"{AuditedPath.Join(done)}: symbolic link cannot be read");
                }

                done.RemoveAt(done.Count - 1);
                if (target.StartsWith('/'))
                {
                    done.Clear();
                }

                foreach (var part in Enumerable.Reverse(AuditedPath.Segments(target)))
                {
                    pending.Push(part);
                }

                continue;
            }

            if (!final && stat.Kind != HostFileKind.Directory)
            {
                return new Resolution(null, null);
            }
        }

        return new Resolution(HostOf(AuditedPath.Join(done)), null);
    }

    /// <summary>The target of the link at <paramref name="hostPath"/> as written, or null when it cannot be read.</summary>
    public static string? ReadLink(string hostPath)
    {
        try
        {
            return new FileInfo(hostPath).LinkTarget;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}

using System.Collections.Concurrent;
using System.IO.Compression;
using Bulwark.Scanners.Packages.Osv;

namespace Bulwark.Scanners.Packages.Database;

/// <summary>
/// Loads OSV JSON records into the database from a directory (searched recursively), a zip (OSV's
/// per-ecosystem <c>all.zip</c> exports), or a directory of zips. Records are parsed on every core and written
/// by one writer; a record that cannot be used is counted and named, and the rest still load.
/// </summary>
public static class OsvImporter
{
    /// <summary>Imports everything under <paramref name="source"/> into <paramref name="writer"/>.</summary>
    /// <exception cref="FileNotFoundException"><paramref name="source"/> is neither a directory nor a file: the import
    /// cannot start, and the caller must not commit an empty database in place of the old one.</exception>
    public static ImportResult Import(string source, DatabaseWriter writer, Action<long>? progress = null, CancellationToken cancellationToken = default)
    {
        if (!File.Exists(source) && !Directory.Exists(source))
        {
            throw new FileNotFoundException($"{source} is neither a directory nor a file", source);
        }

        var problems = new ConcurrentQueue<string>();
        var records = new BlockingCollection<OsvAdvisory>(boundedCapacity: 4096);

        // Stops the parsers when writing fails, so they do not wait forever on a full queue nobody empties.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        long read = 0;
        var parsing = Task.Run(() =>
        {
            try
            {
                Parallel.ForEach(Records(source, problems), new ParallelOptions { CancellationToken = stop.Token }, record =>
                {
                    var (advisory, problem) = OsvReader.Read(record.Bytes);
                    if (advisory is null)
                    {
                        problems.Enqueue($"{record.Name}: {problem}");
                        return;
                    }

                    records.Add(advisory, stop.Token);

                    // Counted outside the call: "progress?.Invoke(Increment(…))" skips the increment when there is no callback.
                    var count = Interlocked.Increment(ref read);
                    progress?.Invoke(count);
                });
            }
            finally
            {
                records.CompleteAdding();
            }
        }, stop.Token);

        try
        {
            foreach (var advisory in records.GetConsumingEnumerable(stop.Token))
            {
                writer.Add(advisory);
            }
        }
        catch
        {
            stop.Cancel();
            throw;
        }

        parsing.GetAwaiter().GetResult();
        return new ImportResult(read, problems.Count, [.. problems.Take(20)]);
    }

    private static IEnumerable<(string Name, byte[] Bytes)> Records(string source, ConcurrentQueue<string> problems)
    {
        if (File.Exists(source))
        {
            return source.EndsWith(".zip", StringComparison.OrdinalIgnoreCase) ? Zip(source, problems) : ReadFile(source, problems);
        }

        return Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).SelectMany(file =>
            file.EndsWith(".zip", StringComparison.OrdinalIgnoreCase) ? Zip(file, problems)
            : file.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ? ReadFile(file, problems)
            : []);
    }

    // A file that cannot be read (permissions, removed meanwhile) is one problem, not the end of the import.
    private static IEnumerable<(string Name, byte[] Bytes)> ReadFile(string path, ConcurrentQueue<string> problems)
    {
        try
        {
            return [(path, File.ReadAllBytes(path))];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problems.Enqueue($"{path}: cannot be read ({e.Message})");
            return [];
        }
    }

    private static IEnumerable<(string Name, byte[] Bytes)> Zip(string path, ConcurrentQueue<string> problems)
    {
        ZipArchive archive;
        try
        {
            archive = ZipFile.OpenRead(path);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or UnauthorizedAccessException)
        {
            problems.Enqueue($"{path}: not a readable zip ({e.Message})");
            yield break;
        }

        using (archive)
        {
            foreach (var entry in archive.Entries)
            {
                if (!entry.FullName.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                byte[]? bytes;
                try
                {
                    // Reading an entry checks its CRC-32: a damaged download is caught here.
                    using var stream = entry.Open();
                    using var buffer = new MemoryStream((int)entry.Length);
                    stream.CopyTo(buffer);
                    bytes = buffer.ToArray();
                }
                catch (InvalidDataException e)
                {
                    problems.Enqueue($"{path}!{entry.FullName}: damaged ({e.Message})");
                    bytes = null;
                }

                if (bytes is not null)
                {
                    yield return ($"{path}!{entry.FullName}", bytes);
                }
            }
        }
    }
}

using System.Text;

namespace Bulwark.Scanners.Detection.Live;

/// <summary>
/// Follows a log as it grows, like <c>tail -F</c>: lines are yielded as they are completed (a partial last line waits for
/// its newline); when the name comes to mean a new file (rename and create) the old file is read to its end first and
/// the new one from its start; when the file shrinks under the reader (copy and truncate) it is read again from the
/// start. Line numbers are the file's own (counted over what already existed when following began at the end).
/// </summary>
internal sealed class LogFollower(string path, TimeSpan poll, bool fromStart = false)
{
    private const int ChunkSize = 1 << 16;

    /// <summary>Raised once the file is open and positioned: every line written from then on will be yielded.</summary>
    public event Action? Following;

    /// <summary>Times the followed name was found to mean a new file, or the file was truncated.</summary>
    public int Rotations { get; private set; }

    public IEnumerable<(long Line, string Text)> Lines(CancellationToken cancellationToken)
    {
        var first = true;
        while (!cancellationToken.IsCancellationRequested)
        {
            var stream = Open(cancellationToken);
            if (stream is null)
            {
                yield break;
            }

            using (stream)
            {
                var number = 0L;
                if (first && !fromStart)
                {
                    number = CountLines(stream);
                }

                if (first)
                {
                    Following?.Invoke();
                }

                first = false;
                var decoder = Encoding.UTF8.GetDecoder();
                var bytes = new byte[ChunkSize];
                var chars = new char[Encoding.UTF8.GetMaxCharCount(ChunkSize)];
                var partial = new StringBuilder();
                while (!cancellationToken.IsCancellationRequested)
                {
                    var read = stream.Read(bytes, 0, bytes.Length);
                    if (read > 0)
                    {
                        var count = decoder.GetChars(bytes, 0, read, chars, 0);
                        foreach (var line in Split(chars.AsSpan(0, count), partial))
                        {
                            yield return (++number, line);
                        }

                        continue;
                    }

                    if (Replaced(stream))
                    {
                        break;
                    }

                    cancellationToken.WaitHandle.WaitOne(poll);
                }

                if (partial.Length > 0)
                {
                    yield return (++number, partial.ToString().TrimEnd('\r'));
                }
            }

            Rotations++;
        }
    }

    // The name now means another file, or the file is shorter than what was read (truncated): start over.
    private bool Replaced(FileStream stream)
    {
        var now = FileIdentity.Of(path);
        if (now is null)
        {
            return false;
        }

        if (now != FileIdentity.Of(stream.SafeFileHandle))
        {
            return true;
        }

        return stream.Length < stream.Position;
    }

    private FileStream? Open(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1, FileOptions.SequentialScan);
            }
            catch (FileNotFoundException)
            {
                // Between a rotation's rename and create the name may not exist for a moment.
                cancellationToken.WaitHandle.WaitOne(poll);
            }
        }

        return null;
    }

    private static long CountLines(FileStream stream)
    {
        var buffer = new byte[ChunkSize];
        long lines = 0;
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            lines += buffer.AsSpan(0, read).Count((byte)'\n');
        }

        return lines;
    }

    private static List<string> Split(ReadOnlySpan<char> text, StringBuilder partial)
    {
        var lines = new List<string>();
        while (!text.IsEmpty)
        {
            var newline = text.IndexOf('\n');
            if (newline < 0)
            {
                partial.Append(text);
                break;
            }

            partial.Append(text[..newline]);
            lines.Add(partial.ToString().TrimEnd('\r'));
            partial.Clear();
            text = text[(newline + 1)..];
        }

        return lines;
    }
}

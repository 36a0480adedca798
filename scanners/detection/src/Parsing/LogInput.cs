using System.IO.Compression;

namespace Bulwark.Scanners.Detection.Parsing;

/// <summary>
/// Opens a log for reading as bytes: standard input for <c>-</c>, a file otherwise, decompressed when it is gzip
/// (by its <c>.gz</c> name or its magic bytes, so rotated <c>auth.log.2.gz</c> and a renamed archive both read).
/// </summary>
internal static class LogInput
{
    public const string StandardInput = "-";

    /// <summary>The stream of <paramref name="path"/>, or null and the reason it could not be opened.</summary>
    public static Stream? Open(string path, out string? error)
    {
        error = null;
        if (path == StandardInput)
        {
            return Console.OpenStandardInput();
        }

        FileStream file;
        try
        {
            file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1 << 16);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            error = $"opening log {path}: {exception.Message}";
            return null;
        }

        return IsGzip(file, path) ? new GZipStream(file, CompressionMode.Decompress) : file;
    }

    /// <summary>Wraps <paramref name="stream"/> in a decompressor when it starts with the gzip magic (seekable streams only).</summary>
    public static Stream Decompressed(Stream stream, string name) =>
        IsGzip(stream, name) ? new GZipStream(stream, CompressionMode.Decompress) : stream;

    private static bool IsGzip(Stream stream, string name)
    {
        if (name.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (!stream.CanSeek)
        {
            return false;
        }

        var position = stream.Position;
        Span<byte> magic = stackalloc byte[2];
        var read = stream.ReadAtLeast(magic, 2, throwOnEndOfStream: false);
        stream.Position = position;
        return read == 2 && magic[0] == 0x1f && magic[1] == 0x8b;
    }
}

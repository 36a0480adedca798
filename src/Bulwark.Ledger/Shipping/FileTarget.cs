using Bulwark.Sdk;

namespace Bulwark.Ledger.Shipping;

/// <summary>
/// JSON lines appended to a file, best on another disk or mount than the ledger so one failure cannot take both.
/// A batch is acknowledged once written and fsynced. The file stays open between batches.
/// </summary>
internal sealed class FileTarget : IShipTarget
{
    private readonly string _path;
    private FileStream? _file;

    private FileTarget(string path)
    {
        _path = path;
        Spec = new Uri(path).AbsoluteUri;
    }

    public string Spec { get; }

    public bool AcknowledgesDelivery => true;

    /// <summary>A target appending to <paramref name="path"/>, whose folder must exist.</summary>
    internal static Created<IShipTarget> Create(string path)
    {
        if (Directory.Exists(path))
        {
            return Created<IShipTarget>.Failed("ship target", $"{path} is a folder; name the file to append to");
        }

        var folder = Path.GetDirectoryName(path);
        return folder is null || Directory.Exists(folder)
            ? Created<IShipTarget>.Ok(new FileTarget(path))
            : Created<IShipTarget>.Failed("ship target", $"the folder {folder} does not exist");
    }

    public async Task<SendResult> SendAsync(IReadOnlyList<ShippedMessage> batch, CancellationToken cancellationToken)
    {
        try
        {
            var file = _file ??= Open();
            using var lines = new MemoryStream();
            foreach (var message in batch)
            {
                lines.Write(message.Json);
                lines.WriteByte((byte)'\n');
            }

            await file.WriteAsync(lines.ToArray(), cancellationToken);
            file.Flush(flushToDisk: true);
            return SendResult.Acknowledged;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            await DisposeAsync();
            return SendResult.Retry($"appending to {_path}: {e.Message}");
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_file is not null)
        {
            await _file.DisposeAsync();
            _file = null;
        }
    }

    private FileStream Open()
    {
        var file = new FileStream(_path, FileMode.Append, FileAccess.Write, FileShare.Read);

        // A crash mid-write can leave half a line; ending it here keeps the next message on a line of its own.
        if (file.Length > 0 && LastByte() != '\n')
        {
            file.WriteByte((byte)'\n');
        }

        return file;
    }

    private int LastByte()
    {
        using var reader = new FileStream(_path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        reader.Seek(-1, SeekOrigin.End);
        return reader.ReadByte();
    }
}

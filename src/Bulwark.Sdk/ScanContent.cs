namespace Bulwark.Sdk;

/// <summary>
/// A file's content as read once by the engine and shared by every scanner that wants the file.
/// Valid only during the scan call it is passed to: the buffers are pooled and reused afterwards.
/// </summary>
public sealed class ScanContent
{
    private LineMap? _lines;

    /// <summary>Wraps content the engine has read and decoded.</summary>
    public ScanContent(ReadOnlyMemory<byte> bytes, ReadOnlyMemory<char> text)
    {
        Bytes = bytes;
        Text = text;
    }

    /// <summary>The raw bytes.</summary>
    public ReadOnlyMemory<byte> Bytes { get; }

    /// <summary>The content decoded as text (UTF-8 unless a byte-order mark says otherwise).</summary>
    public ReadOnlyMemory<char> Text { get; }

    /// <summary>The line index of <see cref="Text"/>, built on first use.</summary>
    public LineMap Lines => _lines ??= new LineMap(Text);
}

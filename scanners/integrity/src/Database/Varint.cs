namespace Bulwark.Scanners.Integrity.Database;

/// <summary>LEB128 integers and length-prefixed UTF-8 strings: the baseline's numbers take one or two bytes where they are small.</summary>
internal static class Varint
{
    public static void Write(Stream stream, ulong value)
    {
        while (value >= 0x80)
        {
            stream.WriteByte((byte)(value | 0x80));
            value >>= 7;
        }

        stream.WriteByte((byte)value);
    }

    public static void WriteSigned(Stream stream, long value) => Write(stream, (ulong)((value << 1) ^ (value >> 63)));

    public static void WriteString(Stream stream, string value)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(value);
        Write(stream, (ulong)bytes.Length);
        stream.Write(bytes);
    }

    public static ulong Read(ReadOnlySpan<byte> data, ref int position)
    {
        ulong value = 0;
        for (var shift = 0; shift < 64; shift += 7)
        {
            if (position >= data.Length)
            {
                throw new FormatException("a number runs past the end of its record");
            }

            var b = data[position++];
            value |= (ulong)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return value;
            }
        }

        throw new FormatException("a number is longer than 64 bits");
    }

    public static long ReadSigned(ReadOnlySpan<byte> data, ref int position)
    {
        var raw = Read(data, ref position);
        return (long)(raw >> 1) ^ -(long)(raw & 1);
    }

    public static string ReadString(ReadOnlySpan<byte> data, ref int position)
    {
        var length = checked((int)Read(data, ref position));
        if (length > data.Length - position)
        {
            throw new FormatException("a text runs past the end of its record");
        }

        var text = System.Text.Encoding.UTF8.GetString(data.Slice(position, length));
        position += length;
        return text;
    }
}

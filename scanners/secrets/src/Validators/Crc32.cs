namespace Bulwark.Scanners.Secrets;

/// <summary>CRC-32 with the IEEE 802.3 polynomial (reflected, 0xEDB88320), as zip and most token formats use.</summary>
public static class Crc32
{
    private static readonly uint[] Table = BuildTable();

    /// <summary>The checksum of the characters of <paramref name="text"/> taken as single bytes (the texts are ASCII).</summary>
    public static uint Of(ReadOnlySpan<char> text)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var c in text)
        {
            crc = Table[(crc ^ (byte)c) & 0xFF] ^ (crc >> 8);
        }

        return ~crc;
    }

    private static uint[] BuildTable()
    {
        var table = new uint[256];
        for (uint i = 0; i < 256; i++)
        {
            var value = i;
            for (var bit = 0; bit < 8; bit++)
            {
                value = (value & 1) != 0 ? 0xEDB88320u ^ (value >> 1) : value >> 1;
            }

            table[i] = value;
        }

        return table;
    }
}

namespace Bulwark.Scanners.Host.Files;

/// <summary>Byte offsets of the fields read from one architecture's <c>struct stat</c>; <c>st_dev</c> is at 0 in all of them.</summary>
/// <param name="Mode">Offset of the 32-bit <c>st_mode</c>.</param>
/// <param name="Uid">Offset of the 32-bit <c>st_uid</c>.</param>
/// <param name="Gid">Offset of the 32-bit <c>st_gid</c>.</param>
/// <param name="Size">Offset of the 64-bit <c>st_size</c>.</param>
internal sealed record StatLayout(int Mode, int Uid, int Gid, int Size);

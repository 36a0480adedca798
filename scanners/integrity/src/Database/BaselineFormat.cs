namespace Bulwark.Scanners.Integrity.Database;

/// <summary>
/// The baseline file's fixed parts (the layout is in <c>scanners/integrity/README.md</c>): a magic line, a header, records,
/// and a signed trailer that covers every byte before it.
/// </summary>
internal static class BaselineFormat
{
    /// <summary>"BWFIM", a zero, format version 1, a newline.</summary>
    public static ReadOnlySpan<byte> Magic => "BWFIM\0\u0001\n"u8;

    public const byte EntryRecord = (byte)'E';
    public const byte FactsRecord = (byte)'F';
    public const byte TrailerRecord = (byte)'S';

    /// <summary>'S', the entry count (8 bytes), the SHA-256 of all before, the public key (32), the Ed25519 signature (64).</summary>
    public const int TrailerSize = 1 + 8 + 32 + 32 + 64;

    /// <summary>What the signature signs, before the digest: a context string, so the key signs nothing else by accident.</summary>
    public static ReadOnlySpan<byte> SignatureContext => "bulwark fim baseline v1\n"u8;

    public const byte HasSha256 = 1;
    public const byte HasTarget = 2;
    public const byte HasXattrs = 4;
    public const byte HasError = 8;
}

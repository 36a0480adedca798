namespace Bulwark.Scanners.Integrity;

/// <summary>A recorded baseline, for the person who recorded it and the ledger.</summary>
public sealed record FimSummary
{
    /// <summary>The baseline file.</summary>
    public required string Database { get; init; }

    /// <summary>How many paths it records.</summary>
    public required long Entries { get; init; }

    /// <summary>The signed SHA-256 of the file, in hex.</summary>
    public required string Digest { get; init; }

    /// <summary>The signing key's fingerprint.</summary>
    public required string KeyFingerprint { get; init; }

    /// <summary>True when a key pair was created beside the baseline.</summary>
    public required bool KeyCreated { get; init; }

    /// <summary>Paths that could not be examined, with the reason.</summary>
    public IReadOnlyList<string> Errors { get; init; } = [];

    /// <summary>For an update: how many changes of each kind were accepted.</summary>
    public IReadOnlyDictionary<string, int> Accepted { get; init; } = new Dictionary<string, int>();
}

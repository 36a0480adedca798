namespace Bulwark.Ledger.Verification;

/// <summary>What verification found wrong, or worth knowing.</summary>
public enum VerificationIssue
{
    /// <summary>A record whose checksum or framing is broken, with valid records after it.</summary>
    DamagedRecord,

    /// <summary>The file ends inside a record: a torn last write (crash), or a cut.</summary>
    TornTail,

    /// <summary>An entry whose bytes differ from the leaf hash recorded when it was appended.</summary>
    ModifiedEntry,

    /// <summary>A checkpoint vouching for more entries than precede it: entries were removed.</summary>
    MissingEntries,

    /// <summary>A checkpoint whose root does not match the entries it covers.</summary>
    RootMismatch,

    /// <summary>A checkpoint whose signature does not verify with the log's key (or cannot be parsed).</summary>
    BadSignature,

    /// <summary>The log is smaller than a checkpoint saved elsewhere: it was truncated or rolled back.</summary>
    Rollback,

    /// <summary>The log's root at a trusted checkpoint's size differs from it: the history was rewritten.</summary>
    Fork,

    /// <summary>The caches beside the ledger remember more entries than the file holds.</summary>
    CacheRemembersMore,

    /// <summary>Entries after the last checkpoint: not yet vouched for by any signature (a warning).</summary>
    UnsignedTail,
}

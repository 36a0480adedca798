namespace Bulwark.Scanners.Host.Files;

/// <summary>A directory a walk has open: its sorted names and the index of the next one to visit.</summary>
internal sealed class WalkFrame(string audited, string host, List<string> names)
{
    /// <summary>The directory as the audited system sees it.</summary>
    public string Audited { get; } = audited;

    /// <summary>The directory on the host.</summary>
    public string Host { get; } = host;

    /// <summary>Its entries' names, in ordinal order.</summary>
    public List<string> Names { get; } = names;

    /// <summary>The index of the next name to visit.</summary>
    public int Next { get; set; }
}

namespace Bulwark.Scanners.Packages.Versions;

/// <summary>The kinds of token in an Alpine version, in the order apk-tools ranks them.</summary>
internal enum ApkTokenKind
{
    /// <summary>The leading number.</summary>
    InitialDigit,

    /// <summary>A number after a dot.</summary>
    Digit,

    /// <summary>The single lower-case letter after the numbers.</summary>
    Letter,

    /// <summary>An <c>_alpha</c>, <c>_p</c>… suffix.</summary>
    Suffix,

    /// <summary>The number right after a suffix.</summary>
    SuffixNumber,

    /// <summary>A <c>~hash</c> of hex digits.</summary>
    CommitHash,

    /// <summary>The <c>-rN</c> package revision.</summary>
    Revision,

    /// <summary>The end of the version.</summary>
    End,
}

namespace Bulwark.Scanners.Packages.Extractors.Os;

/// <summary>The RPM header tags read here (rpmtag.h), and the data types they are stored as.</summary>
internal static class RpmTags
{
    /// <summary>NAME: the package name (string).</summary>
    public const int Name = 1000;

    /// <summary>VERSION: the upstream version (string).</summary>
    public const int Version = 1001;

    /// <summary>RELEASE: the distribution's release of that version (string).</summary>
    public const int Release = 1002;

    /// <summary>EPOCH: overrides version ordering when present (int32).</summary>
    public const int Epoch = 1003;

    /// <summary>ARCH: the architecture (string).</summary>
    public const int Arch = 1022;

    /// <summary>SOURCERPM: the source package's file name, <c>name-version-release.src.rpm</c> (string).</summary>
    public const int SourceRpm = 1044;

    /// <summary>PROVIDENAME: capabilities the package provides (string array).</summary>
    public const int ProvideName = 1047;

    /// <summary>REQUIRENAME: capabilities the package requires (string array).</summary>
    public const int RequireName = 1049;

    /// <summary>DIRINDEXES: for each file, the index of its folder in DIRNAMES (int32 array).</summary>
    public const int DirIndexes = 1116;

    /// <summary>BASENAMES: each file's name without its folder (string array).</summary>
    public const int BaseNames = 1117;

    /// <summary>DIRNAMES: the folders of the package's files, each ending in <c>/</c> (string array).</summary>
    public const int DirNames = 1118;

    /// <summary>Data type INT8.</summary>
    public const int TypeInt8 = 2;

    /// <summary>Data type INT16.</summary>
    public const int TypeInt16 = 3;

    /// <summary>Data type INT32.</summary>
    public const int TypeInt32 = 4;

    /// <summary>Data type INT64.</summary>
    public const int TypeInt64 = 5;

    /// <summary>Data type STRING: one NUL-terminated string.</summary>
    public const int TypeString = 6;

    /// <summary>Data type STRING_ARRAY: count NUL-terminated strings.</summary>
    public const int TypeStringArray = 8;

    /// <summary>Data type I18NSTRING: one string per locale; the first is the untranslated one.</summary>
    public const int TypeI18nString = 9;
}

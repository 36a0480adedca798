namespace Bulwark.Sdk;

/// <summary>The kind of value a setting holds, which decides how it is parsed and documented.</summary>
public enum SettingType
{
    /// <summary>Free text.</summary>
    Text,

    /// <summary>A path to a file, relative to the config file or the working directory.</summary>
    Path,

    /// <summary>A whole number.</summary>
    Integer,

    /// <summary>A size in bytes, with an optional KB, MB or GB suffix.</summary>
    Size,

    /// <summary>On or off; as a command-line flag it takes no value.</summary>
    Switch,

    /// <summary>One of <see cref="SettingInfo.Choices"/>.</summary>
    Choice,

    /// <summary>A list of texts; repeatable on the command line, comma-separated in the environment.</summary>
    List,
}

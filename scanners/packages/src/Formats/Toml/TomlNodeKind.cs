namespace Bulwark.Scanners.Packages.Formats.Toml;

/// <summary>The shapes a <see cref="TomlNode"/> can have.</summary>
internal enum TomlNodeKind
{
    /// <summary>A table: a <c>[header]</c> table, an <c>[[array]]</c> element or an inline <c>{ … }</c> table.</summary>
    Table,

    /// <summary>An array (an array of tables included).</summary>
    Array,

    /// <summary>A string of any quoting.</summary>
    String,

    /// <summary>A number, boolean or date, kept as its raw text.</summary>
    Literal,
}

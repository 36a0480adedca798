namespace Bulwark.Scanners.Packages.Formats.Json;

/// <summary>The kind of a <see cref="LocatedJson"/> value.</summary>
internal enum JsonKind
{
    /// <summary>An object: <see cref="LocatedJson.Members"/>.</summary>
    Object,

    /// <summary>An array: <see cref="LocatedJson.Items"/>.</summary>
    Array,

    /// <summary>A string: <see cref="LocatedJson.Text"/>.</summary>
    String,

    /// <summary>A number: <see cref="LocatedJson.Text"/> holds it as written.</summary>
    Number,

    /// <summary><c>true</c> or <c>false</c>: <see cref="LocatedJson.Text"/> holds it as written.</summary>
    Boolean,

    /// <summary><c>null</c>: <see cref="LocatedJson.Text"/> is <c>"null"</c>.</summary>
    Null,
}

namespace Bulwark.Scanners.Packages.Extractors.JavaScript;

/// <summary>Splits yarn's <c>name@range</c> descriptors and <c>name@protocol:reference</c> locators.</summary>
internal static class YarnDescriptor
{
    /// <summary>The name and what follows its <c>@</c>: <c>@babel/core@^7.0.0</c> → (<c>@babel/core</c>, <c>^7.0.0</c>); a bare name has an empty range.</summary>
    public static (string Name, string Range) Split(string descriptor)
    {
        var at = descriptor.IndexOf('@', descriptor.StartsWith('@') ? 1 : 0);
        return at <= 0 ? (descriptor, "") : (descriptor[..at], descriptor[(at + 1)..]);
    }

    /// <summary>Whether a range or reference points into the project's own folders (<c>file:</c>, <c>link:</c>, <c>portal:</c>, <c>workspace:</c>).</summary>
    public static bool IsLocal(string range) =>
        range.StartsWith("file:", StringComparison.Ordinal) || range.StartsWith("link:", StringComparison.Ordinal)
        || range.StartsWith("portal:", StringComparison.Ordinal) || range.StartsWith("workspace:", StringComparison.Ordinal);
}

using Bulwark.Scanners.Packages.Formats.Toml;

namespace Bulwark.Scanners.Packages.Extractors.Python;

/// <summary>Notes for Python packages that did not come from a package index.</summary>
internal static class PythonSource
{
    /// <summary>
    /// A note for a poetry <c>[package.source]</c> or uv <c>source</c> table that points at git, a URL or a
    /// local file, or null for an index (PyPI or a private one). The version is the package's own, but an
    /// advisory about the PyPI package of that name may not describe it.
    /// </summary>
    public static string? NoteFor(TomlNode? source)
    {
        if (source is null)
        {
            return null;
        }

        var type = source.String("type");
        var url = source.String("url");
        if (type == "git" || source.String("git") is not null)
        {
            var where = source.String("git") ?? $"{url}@{source.String("resolved_reference") ?? source.String("reference")}";
            return $"installed from git ({where}), not from PyPI: advisories for the PyPI package may not apply";
        }

        if (type == "url" || (type is null && url is not null))
        {
            return $"installed from a URL ({url}), not from PyPI: advisories for the PyPI package may not apply";
        }

        if (type == "file" || source.String("path") is not null)
        {
            return $"installed from a local file ({url ?? source.String("path")}), not from PyPI: advisories for the PyPI package may not apply";
        }

        return null;
    }
}

using Bulwark.Scanners.Packages.Extractors.DotNet;
using Bulwark.Scanners.Packages.Extractors.Go;
using Bulwark.Scanners.Packages.Extractors.Java;
using Bulwark.Scanners.Packages.Extractors.JavaScript;
using Bulwark.Scanners.Packages.Extractors.Os;
using Bulwark.Scanners.Packages.Extractors.Php;
using Bulwark.Scanners.Packages.Extractors.Python;
using Bulwark.Scanners.Packages.Extractors.Ruby;
using Bulwark.Scanners.Packages.Extractors.Rust;

namespace Bulwark.Scanners.Packages.Extractors;

/// <summary>Every extractor, family by family; the first that recognises a file reads it.</summary>
public static class ExtractorCatalog
{
    /// <summary>All extractors.</summary>
    public static IReadOnlyList<IExtractor> All { get; } =
    [
        .. JavaScriptExtractors.All,
        .. PythonExtractors.All,
        .. GoExtractors.All,
        .. RustExtractors.All,
        .. JavaExtractors.All,
        .. DotNetExtractors.All,
        .. RubyExtractors.All,
        .. PhpExtractors.All,
        .. OsExtractors.All,
    ];

    /// <summary>The extractor for <paramref name="path"/>, or null.</summary>
    public static IExtractor? For(string path)
    {
        foreach (var extractor in All)
        {
            if (extractor.Recognises(path))
            {
                return extractor;
            }
        }

        return null;
    }
}

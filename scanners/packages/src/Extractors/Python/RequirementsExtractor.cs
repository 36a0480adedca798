using Bulwark.Scanners.Packages.Model;

namespace Bulwark.Scanners.Packages.Extractors.Python;

/// <summary>
/// pip requirements files (<c>requirements*.txt</c>, <c>*requirements.txt</c>, <c>requirements/*.txt</c>):
/// pins become packages, anything looser is kept without a version and a note, <c>-r</c> includes and
/// <c>-c</c> constraints files are followed (each package reported in the file and at the line that
/// names it), and URLs, paths, VCS and editable lines are skipped, since they name no index version.
/// The format does not say which requirements are direct (a pip freeze lists everything), so scope is Unknown.
/// </summary>
public sealed class RequirementsExtractor : IExtractor
{
    /// <inheritdoc />
    public string Format => "pip requirements files (requirements*.txt)";

    /// <inheritdoc />
    public bool Recognises(string path)
    {
        var slash = path.LastIndexOf('/');
        var name = path[(slash + 1)..].ToLowerInvariant();
        if (!name.EndsWith(".txt", StringComparison.Ordinal))
        {
            return false;
        }

        var folder = slash > 0 ? path[..slash] : "";
        return name.StartsWith("requirements", StringComparison.Ordinal) || name.EndsWith("requirements.txt", StringComparison.Ordinal)
            || folder == "requirements" || folder.EndsWith("/requirements", StringComparison.Ordinal);
    }

    /// <inheritdoc />
    public Extraction Extract(ExtractorInput input)
    {
        var reading = new RequirementsReading(input.ReadOther);
        reading.Read(input.Path, input.Text, constraints: false);
        return reading.Finish();
    }
}

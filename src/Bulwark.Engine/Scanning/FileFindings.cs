using Bulwark.Sdk;

namespace Bulwark.Engine.Scanning;

/// <summary>Collects what the scanners report about one file, tagging errors with the file's path.</summary>
internal sealed class FileFindings : IFindingSink
{
    public List<Finding> Findings { get; } = [];

    public List<ScanError> Errors { get; } = [];

    public List<SuppressedFinding> Suppressed { get; } = [];

    /// <summary>Notes about the whole scan.</summary>
    public List<ScanNote> Notes { get; } = [];

    /// <summary>Components inventoried.</summary>
    public List<ReportComponent> Components { get; } = [];

    public void Add(Finding finding) => Findings.Add(finding);

    void IFindingSink.Suppressed(SuppressedFinding finding) => Suppressed.Add(finding);

    public void Error(string path, string message) => Errors.Add(new ScanError(path, message));

    /// <inheritdoc />
    public void Note(ScanNote note) => Notes.Add(note);

    /// <inheritdoc />
    public void Component(ReportComponent component) => Components.Add(component);

    /// <summary>Controls checked.</summary>
    public List<ReportCheck> Checks { get; } = [];

    /// <inheritdoc />
    public void Check(ReportCheck check) => Checks.Add(check);
}

using Bulwark.Sdk;

namespace Bulwark.Scanners.Integrity.Tests.Support;

/// <summary>What a scanner reported, kept for assertions.</summary>
internal sealed class Recorder : IFindingSink
{
    public List<Finding> Findings { get; } = [];

    public List<(string Path, string Message)> Errors { get; } = [];

    public List<ScanNote> Notes { get; } = [];

    public IEnumerable<(string Kind, string Path)> Changes => Findings.Select(f => (f.Change!.Kind, f.Location.Path)).Order();

    public void Add(Finding finding) => Findings.Add(finding);

    public void Suppressed(SuppressedFinding finding) => throw new InvalidOperationException("the integrity scanner honours no suppressions itself");

    public void Error(string path, string message) => Errors.Add((path, message));

    public void Note(ScanNote note) => Notes.Add(note);

    public void Component(ReportComponent component) => throw new InvalidOperationException("no components expected");

    public void Check(ReportCheck check) => throw new InvalidOperationException("no checks expected");
}

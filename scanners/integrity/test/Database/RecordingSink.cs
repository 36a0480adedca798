using Bulwark.Sdk;

namespace Bulwark.Scanners.Integrity.Tests.Database;

/// <summary>Keeps what the integrity scanner reported.</summary>
internal sealed class RecordingSink : IFindingSink
{
    public List<Finding> Findings { get; } = [];

    public List<(string Path, string Message)> Errors { get; } = [];

    public List<ScanNote> Notes { get; } = [];

    public void Add(Finding finding) => Findings.Add(finding);

    public void Suppressed(SuppressedFinding finding) => throw new InvalidOperationException("no suppressed findings expected");

    public void Error(string path, string message) => Errors.Add((path, message));

    public void Note(ScanNote note) => Notes.Add(note);

    public void Component(ReportComponent component) => throw new InvalidOperationException("no components expected");

    public void Check(ReportCheck check) => throw new InvalidOperationException("no checks expected");
}

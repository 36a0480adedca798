using Bulwark.Sdk;

namespace Bulwark.Tests.Targets;

/// <summary>Keeps what a source reports, so a test can assert on errors.</summary>
internal sealed class RecordingSink : IFindingSink
{
    public List<Finding> Findings { get; } = [];

    public List<(string Path, string Message)> Errors { get; } = [];

    public List<SuppressedFinding> Suppressed { get; } = [];

    public void Add(Finding finding) => Findings.Add(finding);

    void IFindingSink.Suppressed(SuppressedFinding finding) => Suppressed.Add(finding);

    public void Error(string path, string message) => Errors.Add((path, message));

    public List<ScanNote> Notes { get; } = [];

    public void Note(ScanNote note) => Notes.Add(note);

    public List<ReportComponent> Components { get; } = [];

    public void Component(ReportComponent component) => Components.Add(component);

    public List<ReportCheck> Checks { get; } = [];

    public void Check(ReportCheck check) => Checks.Add(check);

    public static List<SourceFile> Enumerate(IFileSource source) => Enumerate(source, new RecordingSink());

    public static List<SourceFile> Enumerate(IFileSource source, RecordingSink sink) =>
        [.. source.Enumerate(sink, CancellationToken.None)];

    public static string Read(SourceFile file)
    {
        using var stream = file.OpenRead();
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}

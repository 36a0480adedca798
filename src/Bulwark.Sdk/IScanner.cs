namespace Bulwark.Sdk;

/// <summary>
/// A configured scanner for one scan. It turns content into findings and nothing else: no printing,
/// no exit codes, no I/O beyond the content it is given. Instances are called from several threads at once.
/// </summary>
public interface IScanner
{
    /// <summary>What the scanner is.</summary>
    ScannerInfo Info { get; }

    /// <summary>The rules in effect for this scan: built-in and user rules, disabled ones included.</summary>
    IReadOnlyList<RuleInfo> Rules { get; }

    /// <summary>Cheap: decides from path and size alone whether the file's content is worth reading.</summary>
    bool Wants(SourceFile file);

    /// <summary>Scans one file's content and reports what it finds to <paramref name="sink"/>.</summary>
    ValueTask ScanAsync(SourceFile file, ScanContent content, IFindingSink sink, CancellationToken cancellationToken);

    /// <summary>
    /// Whether the scanner reads <paramref name="file"/> even when it is binary or larger than the scan's size
    /// limit (an RPM package database is a SQLite file). Such a file reaches it with empty text and all its bytes.
    /// </summary>
    bool ReadsWhole(SourceFile file) => false;

    /// <summary>
    /// Called once after every file was scanned, for scanners whose checks span files (a Terraform module is
    /// several files; a Kubernetes namespace's NetworkPolicy may sit in another manifest). Findings reported
    /// here are not filtered by changed lines or inline markers: such a scanner handles its own suppressions.
    /// </summary>
    ValueTask FinishAsync(IFindingSink sink, CancellationToken cancellationToken) => ValueTask.CompletedTask;
}

namespace Bulwark.Sdk;

/// <summary>Where a scanner puts what it finds about one file. Implementations are not thread-safe.</summary>
public interface IFindingSink
{
    /// <summary>Reports a finding.</summary>
    void Add(Finding finding);

    /// <summary>Reports a finding the scanned file itself suppresses (in a syntax only the scanner understands).</summary>
    void Suppressed(SuppressedFinding finding);

    /// <summary>
    /// Reports that part of the input could not be scanned (a malformed file, an unreadable entry).
    /// The scan goes on; the message names what was wrong.
    /// </summary>
    void Error(string path, string message);

    /// <summary>Reports something about the scan as a whole that every report should show (<see cref="ScanNote"/>).</summary>
    void Note(ScanNote note);

    /// <summary>Reports a component the target is made of (<see cref="ReportComponent"/>), for inventory reports.</summary>
    void Component(ReportComponent component);

    /// <summary>Reports a control an audit checked, with its status (<see cref="ReportCheck"/>).</summary>
    void Check(ReportCheck check);
}

namespace Bulwark.Sdk;

/// <summary>Writes a <see cref="ScanReport"/> in one format. A reporter never changes what was found.</summary>
public interface IReporter
{
    /// <summary>The format id users name (<c>--format sarif</c>, <c>--output sarif=FILE</c>).</summary>
    string Format { get; }

    /// <summary>One sentence for <c>--help</c>.</summary>
    string Summary { get; }

    /// <summary>Writes the report to <paramref name="output"/>, which the caller owns and closes.</summary>
    void Write(ScanReport report, ReportTarget output);
}

using System.Text;
using Bulwark.Sdk;

namespace Bulwark.Tests.Reporters;

/// <summary>Runs a reporter into memory, as the CLI would into a file or the terminal.</summary>
internal static class ReporterRun
{
    public static string Render(IReporter reporter, ScanReport report, bool isTerminal = false)
    {
        using var stream = new MemoryStream();
        reporter.Write(report, new ReportTarget(stream, isTerminal));
        Assert.True(stream.CanWrite, $"{reporter.Format} closed the caller's stream");
        var bytes = stream.ToArray();
        Assert.False(bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble), $"{reporter.Format} wrote a byte-order mark");
        return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
    }
}

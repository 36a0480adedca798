using Bulwark.Reporters.Common;
using Bulwark.Sdk;
using Spectre.Console;

namespace Bulwark.Reporters.Table;

/// <summary>
/// The terminal report and the default format: a findings table, a summary table, warnings, and the gate
/// verdict as the last line. Without a terminal it writes plain text at a fixed width, so CI logs and
/// redirected output carry no escape sequences.
/// </summary>
public sealed class TableReporter : IReporter
{
    /// <summary>The width used when the output is not a terminal, and when a terminal's width is unknown.</summary>
    public const int PlainWidth = 120;

    /// <summary>How many findings the table lists before it says how many more there are.</summary>
    public const int MaxRows = 200;

    /// <inheritdoc />
    public string Format => "table";

    /// <inheritdoc />
    public string Summary => "Tables for the terminal (the default).";

    /// <inheritdoc />
    public void Write(ScanReport report, ReportTarget output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);

        using var writer = new StreamWriter(output.Stream, ReportText.Utf8, leaveOpen: true) { NewLine = "\n" };
        var console = CreateConsole(writer, output.IsTerminal);

        console.WriteLine($"Bulwark {ControlCharacters.Visible(report.ToolVersion)} scanned {ControlCharacters.Visible(report.Target)} in {ReportText.Duration(report.Duration)}");
        console.WriteLine();
        TableSections.WriteFindings(console, report.Findings, MaxRows);
        TableSections.WriteSummary(console, report);
        TableSections.WriteWarnings(console, report);

        var gate = ReportText.GateLine(report.Gate);
        console.Write(new Text(gate, new Style(report.Gate.Failed ? Color.Red : Color.Green, decoration: Decoration.Bold)));
        console.WriteLine();
        writer.Flush();
    }

    private static IAnsiConsole CreateConsole(TextWriter writer, bool isTerminal)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = isTerminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = isTerminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = isTerminal ? TerminalWidth() : PlainWidth;
        return console;
    }

    // The writer wraps the terminal's stream, not Console.Out, so Spectre cannot measure it itself.
    private static int TerminalWidth()
    {
        try
        {
            return Console.WindowWidth > 0 ? Console.WindowWidth : PlainWidth;
        }
        catch (IOException)
        {
            return PlainWidth;
        }
        catch (PlatformNotSupportedException)
        {
            return PlainWidth;
        }
    }
}

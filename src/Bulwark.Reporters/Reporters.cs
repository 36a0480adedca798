using Bulwark.Reporters.Html;
using Bulwark.Reporters.Json;
using Bulwark.Reporters.JUnit;
using Bulwark.Reporters.Markdown;
using Bulwark.Reporters.Sarif;
using Bulwark.Reporters.Table;
using Bulwark.Sdk;

namespace Bulwark.Reporters;

/// <summary>Every built-in report format. Adding a format is one folder and one line here, kept sorted by id.</summary>
public static class Reporters
{
    /// <summary>The reporters, sorted by <see cref="IReporter.Format"/>.</summary>
    public static IReadOnlyList<IReporter> All { get; } =
    [
        new HtmlReporter(),
        new JsonReporter(),
        new JUnitReporter(),
        new MarkdownReporter(),
        new SarifReporter(),
        new TableReporter(),
    ];

    /// <summary>The reporter for a format id, ignoring case; null when there is none.</summary>
    public static IReporter? Find(string format) =>
        All.FirstOrDefault(r => string.Equals(r.Format, format, StringComparison.OrdinalIgnoreCase));
}

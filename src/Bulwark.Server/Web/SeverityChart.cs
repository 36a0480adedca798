using System.Globalization;
using Bulwark.Server.Findings;

namespace Bulwark.Server.Web;

/// <summary>
/// Open findings per day as stacked bars, one colour per severity, drawn on the server as inline SVG: it needs no
/// script, and the same numbers follow as a table for readers without images (and screen readers).
/// </summary>
internal static class SeverityChart
{
    private const int Width = 720;
    private const int Height = 240;
    private const int Left = 40;
    private const int Right = 18;
    private const int Bottom = 22;
    private const int Top = 8;

    // Most severe on top of the stack, as a reader looks for them first.
    private static readonly int[] Stack = [0, 1, 2, 3, 4];

    public static Markup Render(IReadOnlyList<OpenFindingsByDay.Day> days)
    {
        var max = Math.Max(1, days.Max(d => d.Open.Sum()));
        var scale = NiceCeiling(max);
        var plot = Height - Bottom - Top;
        var slot = (double)(Width - Left - Right) / days.Count;
        var barWidth = Math.Max(2, slot * 0.7);
        var bars = new List<Markup>();
        for (var i = 0; i < days.Count; i++)
        {
            var day = days[i];
            var x = Left + (i * slot) + ((slot - barWidth) / 2);
            var y = (double)(Height - Bottom);
            foreach (var severity in Stack)
            {
                var count = day.Open[severity];
                if (count == 0)
                {
                    continue;
                }

                var h = (double)count / scale * plot;
                y -= h;
                bars.Add(Html.Of($"<rect class=\"bar-{Formats.SeverityName(severity)}\" x=\"{N(x)}\" y=\"{N(y)}\" width=\"{N(barWidth)}\" height=\"{N(h)}\"><title>{Label(day)}: {count} {Formats.SeverityName(severity)}</title></rect>"));
            }
        }

        var grid = Enumerable.Range(0, 5).Select(step =>
        {
            var value = scale * step / 4;
            var y = Height - Bottom - ((double)value / scale * plot);
            return Html.Of($"<line class=\"grid-line\" x1=\"{Left}\" x2=\"{Width - Right}\" y1=\"{N(y)}\" y2=\"{N(y)}\"/><text x=\"{Left - 6}\" y=\"{N(y + 4)}\" text-anchor=\"end\">{value}</text>");
        });
        var labels = Enumerable.Range(0, days.Count).Where(i => i % 5 == (days.Count - 1) % 5).Select(i =>
            Html.Of($"<text x=\"{N(Left + (i * slot) + (slot / 2))}\" y=\"{Height - 6}\" text-anchor=\"middle\">{days[i].Date.ToString("MM-dd", CultureInfo.InvariantCulture)}</text>"));
        var total = days[^1].Open.Sum();
        return Html.Of($"""
            <figure class="chart">
            <div class="chart-scroll">
            <svg viewBox="0 0 {Width} {Height}" role="img" aria-labelledby="chart-title chart-desc">
            <title id="chart-title">Open findings by severity, last {days.Count} days</title>
            <desc id="chart-desc">Stacked bars, one a day from {Label(days[0])} to {Label(days[^1])}; {total} open today. The table below has the numbers.</desc>
            {grid}
            <line class="axis" x1="{Left}" x2="{Width - Right}" y1="{Height - Bottom}" y2="{Height - Bottom}"/>
            {bars}
            {labels}
            </svg>
            </div>
            <ul class="legend">{Stack.Reverse().Select(s => Html.Of($"<li><i class=\"key-{Formats.SeverityName(s)}\"></i>{Formats.SeverityName(s)}</li>"))}</ul>
            </figure>
            {Table(days)}
            """);
    }

    private static Markup Table(IReadOnlyList<OpenFindingsByDay.Day> days)
    {
        var severities = Stack.Reverse().ToList();
        var head = severities.Select(s => Html.Of($"<th scope=\"col\" class=\"num\">{Formats.SeverityName(s)}</th>"));
        var rows = days.Reverse().Select(d => Html.Of($"""
            <tr><th scope="row">{Label(d)}</th>{severities.Select(s => Html.Of($"<td class=\"num\">{d.Open[s]}</td>"))}<td class="num">{d.Open.Sum()}</td></tr>
            """));
        return Html.Of($"""
            <details>
            <summary>The numbers, day by day</summary>
            <div class="scroll">
            <table id="open-by-day">
            <caption class="muted">Open findings at the end of each day (UTC; today: now)</caption>
            <thead><tr><th scope="col">day</th>{head}<th scope="col" class="num">total</th></tr></thead>
            <tbody>{rows}</tbody>
            </table>
            </div>
            </details>
            """);
    }

    private static string Label(OpenFindingsByDay.Day day) => day.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string N(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    // Four grid steps of 1, 2 or 5 times a power of ten, reaching the highest bar.
    private static int NiceCeiling(int max)
    {
        for (var power = 1; ; power *= 10)
        {
            foreach (var step in new[] { 1, 2, 5 })
            {
                if (step * power * 4 is var ceiling && ceiling >= max)
                {
                    return ceiling;
                }
            }
        }
    }
}

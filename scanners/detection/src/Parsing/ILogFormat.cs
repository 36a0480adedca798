using Bulwark.Scanners.Detection.Events;

namespace Bulwark.Scanners.Detection.Parsing;

/// <summary>
/// One kind of log file: it says how much some lines look like it, and turns lines into <see cref="LogEvent"/>s.
/// </summary>
/// <remarks>
/// <see cref="Parse"/> streams: it reads a line, yields what it can, and keeps only bounded state (auditd's pending
/// records), so a format runs on a file of any size and on a pipe that never ends. A line it does not understand is
/// yielded as a <c>raw</c> event (<see cref="RawEvent"/>), never skipped and never thrown about.
/// </remarks>
internal interface ILogFormat
{
    /// <summary>The format's id (<c>syslog</c>, <c>auditd</c>, …): what <c>--log-format</c> names and events carry.</summary>
    string Id { get; }

    /// <summary>
    /// How much the file looks like this format, from 0 (not at all) to 1 (certainly), judged from its first non-blank
    /// lines and its file name only (cheap: no other I/O).
    /// </summary>
    double Score(IReadOnlyList<string> firstLines, string fileName);

    /// <summary>The events of the numbered <paramref name="lines"/> of <paramref name="source"/>, in a single pass.</summary>
    IEnumerable<LogEvent> Parse(IEnumerable<(long Line, string Text)> lines, string source);
}

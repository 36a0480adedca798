using Bulwark.Scanners.Detection.Events;

namespace Bulwark.Scanners.Detection.Parsing.Auditd;

/// <summary>
/// The Linux audit log (<c>/var/log/audit/audit.log</c>, RAW or ENRICHED): records sharing a
/// <c>msg=audit(TIME:SERIAL)</c> id are joined into one event, emitted when its EOE record arrives, when a record
/// more than <see cref="CompletionTimeout"/> newer is read (auditd's own <c>eoe_timeout</c>), when more than
/// <c>maxPending</c> events are open (the oldest goes), or at the end of the input. Userspace messages
/// (<c>USER_LOGIN</c>, <c>SERVICE_START</c>…) have no EOE and are events at once (<see cref="AuditRecordTypes"/>).
/// Events come out in the order they complete.
/// </summary>
/// <remarks>
/// Fields:
/// <list type="bullet">
/// <item>every <c>key</c> of every record as written (numbers like <c>uid</c>, <c>auid</c>, <c>syscall</c> as the
/// log has them; an ENRICHED log's translations such as <c>UID="root"</c>, <c>SYSCALL=execve</c> under their
/// upper-case keys); the SYSCALL record's value wins, else the first record's; hex-encoded strings decoded
/// (<c>exe</c>, <c>comm</c>, <c>cwd</c>, <c>key</c>, <c>acct</c>, <c>cmd</c>…); a nested <c>msg='…'</c>'s pairs
/// as the record's own.</item>
/// <item><c>type</c>: the record types, once each, in order (multi-valued; EOE left out).</item>
/// <item><c>a0</c>…<c>aN</c>: EXECVE's arguments, decoded; <c>execve.argc</c> (also <c>argc</c>);
/// <c>syscall.a0</c>…<c>syscall.a3</c>: SYSCALL's raw register arguments.</item>
/// <item><c>CommandLine</c>: the arguments joined by spaces (the decoded <c>proctitle</c> without EXECVE);
/// <c>Image</c>: <c>exe</c>.</item>
/// <item><c>ParentImage</c> and <c>ParentCommandLine</c> when the same log showed the parent process's own exec.</item>
/// <item><c>proctitle</c> decoded (NULs as spaces); <c>cwd</c> from CWD; from SOCKADDR, <c>saddr.family</c>, <c>saddr.ip</c>, <c>saddr.port</c> (or <c>saddr.path</c>).</item>
/// <item><c>name</c> and <c>nametype</c> of every PATH item (multi-valued), also as <c>path.name</c> and
/// <c>path.nametype</c>.</item>
/// <item><c>audit.id</c> (<c>TIME:SERIAL</c>) and <c>node</c>; the time and <see cref="LogEvent.Host"/> (the node)
/// are the event's; <see cref="LogEvent.Lines"/> lists the lines joined and <see cref="LogEvent.Raw"/> holds them.</item>
/// </list>
/// An EOE whose event was already emitted (by the bound or the timeout) adds nothing.
/// </remarks>
internal sealed class AuditdFormat(int maxPending = AuditdFormat.DefaultMaxPending) : ILogFormat
{
    public const int DefaultMaxPending = 64;

    /// <summary>auditd's default <c>eoe_timeout</c>: an event is complete once the log is this far past its start.</summary>
    public static readonly TimeSpan CompletionTimeout = TimeSpan.FromSeconds(2);

    public string Id => "auditd";

    public double Score(IReadOnlyList<string> firstLines, string fileName)
    {
        var share = LineByLine.Share(firstLines, static line =>
            (line.StartsWith("type=", StringComparison.Ordinal) || line.StartsWith("node=", StringComparison.Ordinal))
            && line.Contains(" msg=audit(", StringComparison.Ordinal));
        return share == 0 ? 0 : (0.95 * share) + (fileName.StartsWith("audit", StringComparison.Ordinal) ? 0.05 : 0);
    }

    public IEnumerable<LogEvent> Parse(IEnumerable<(long Line, string Text)> lines, string source)
    {
        var pending = new PendingAuditEvents(maxPending);
        var processes = new ProcessTable();
        foreach (var (line, text) in lines)
        {
            if (text.Length > LineReader.MaxLineLength || !AuditRecordParser.TryParse(line, text, out var record))
            {
                yield return RawEvent.For(line, text, source);
                continue;
            }

            while (pending.TryTakeOlderThan(record.Time - CompletionTimeout, out var expired))
            {
                yield return AuditEventBuilder.Build(expired, Id, source, processes);
            }

            Add(record, pending, out var completed, out var evicted);
            if (evicted is not null)
            {
                yield return AuditEventBuilder.Build(evicted, Id, source, processes);
            }

            if (completed is not null)
            {
                yield return AuditEventBuilder.Build(completed, Id, source, processes);
            }
        }

        while (pending.TryTakeOldest(out var rest))
        {
            yield return AuditEventBuilder.Build(rest, Id, source, processes);
        }
    }

    /// <summary>
    /// Adds <paramref name="record"/> to its event. <paramref name="completed"/> is the event it completed, if any;
    /// <paramref name="evicted"/> the oldest event pushed out by opening a new one.
    /// </summary>
    private static void Add(AuditRecord record, PendingAuditEvents pending, out PendingAuditEvent? completed, out PendingAuditEvent? evicted)
    {
        completed = null;
        evicted = null;
        var open = pending.Find(record.Id);
        if (record.Type == AuditRecordTypes.EndOfEvent)
        {
            if (open is not null)
            {
                open.Records.Add(record);
                completed = pending.Take(open);
            }

            return;
        }

        if (open is not null)
        {
            open.Records.Add(record);
        }
        else if (AuditRecordTypes.IsSingleRecord(record.Type))
        {
            completed = new PendingAuditEvent(record);
        }
        else
        {
            evicted = pending.Open(record);
        }
    }
}

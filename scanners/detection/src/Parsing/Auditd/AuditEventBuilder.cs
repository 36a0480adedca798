using System.Text;
using Bulwark.Scanners.Detection.Events;

namespace Bulwark.Scanners.Detection.Parsing.Auditd;

/// <summary>
/// Joins the records of one audit event into one <see cref="LogEvent"/>. The SYSCALL record's fields go first, so
/// where records share a key its value wins; otherwise the first record to give a key wins. EXECVE's arguments
/// replace SYSCALL's register values <c>a0</c>–<c>a3</c> (kept as <c>syscall.a0</c>–<c>syscall.a3</c>).
/// </summary>
internal static class AuditEventBuilder
{
    private const string Syscall = "SYSCALL";

    public static LogEvent Build(PendingAuditEvent pending, string format, string source, ProcessTable? processes = null)
    {
        var fields = new EventFields();
        var records = pending.Records;
        var arguments = new AuditArguments();
        AddTypes(records, fields);
        foreach (var record in records)
        {
            if (record.Type == Syscall)
            {
                AddRecord(record, fields, arguments);
            }
        }

        foreach (var record in records)
        {
            if (record.Type != Syscall)
            {
                AddRecord(record, fields, arguments);
            }
        }

        var first = records[0];
        fields.Set("audit.id", pending.Id);
        if (first.Node is not null)
        {
            fields.Set("node", first.Node);
        }

        AddConveniences(fields, arguments);
        if (processes is not null)
        {
            AddParent(fields, processes);
        }

        return new LogEvent
        {
            Source = source,
            Line = first.Line,
            Time = pending.Time,
            Host = first.Node,
            Format = format,
            Fields = fields.Build(),
            Raw = Raw(records),
            Lines = records.ConvertAll(r => r.Line),
        };
    }

    private static void AddTypes(List<AuditRecord> records, EventFields fields)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var record in records)
        {
            if (record.Type != AuditRecordTypes.EndOfEvent && seen.Add(record.Type))
            {
                fields.Append("type", record.Type);
            }
        }
    }

    private static void AddRecord(AuditRecord record, EventFields fields, AuditArguments arguments)
    {
        foreach (var field in record.Fields)
        {
            switch (record.Type)
            {
                case "EXECVE" when arguments.TryAdd(field, fields):
                    break;
                case Syscall when AuditArguments.IsArgument(field.Key):
                    fields.TryAdd("syscall." + field.Key, field.Value);
                    break;
                case "PATH" when field.Key is "name" or "nametype":
                    // Every PATH item counts (a file created in /etc is item 0 "/etc/", item 1 "/etc/ld.so.preload").
                    var value = AuditHex.Text(field);
                    fields.Append(field.Key, value);
                    fields.Append("path." + field.Key, value);
                    break;
                case "SOCKADDR" when field.Key == "saddr":
                    fields.TryAdd("saddr", field.Value);
                    foreach (var (name, decoded) in AuditSockaddr.Decode(field.Value))
                    {
                        fields.TryAdd(name, decoded);
                    }

                    break;
                case "PROCTITLE" when field.Key == "proctitle":
                    // The process title is argv joined by NULs.
                    fields.TryAdd("proctitle", AuditHex.Text(field).Replace('\0', ' ').TrimEnd());
                    break;
                default:
                    fields.TryAdd(field.Key, AuditHex.IsEncodedField(field.Key) ? AuditHex.Text(field) : field.Value);
                    break;
            }
        }
    }

    // The parent's image and command line when this log showed the parent's own exec; an exec is then remembered.
    private static void AddParent(EventFields fields, ProcessTable processes)
    {
        if (fields.Get("ppid") is { } ppid && processes.Find(ppid) is { } parent)
        {
            fields.Set("ParentImage", parent.Image);
            if (parent.CommandLine is not null)
            {
                fields.Set("ParentCommandLine", parent.CommandLine);
            }
        }

        if (fields.Get("pid") is { } pid && fields.Get("Image") is { } image && fields.Get("execve.argc") is not null)
        {
            processes.Record(pid, image, fields.Get("CommandLine"));
        }
    }

    private static void AddConveniences(EventFields fields, AuditArguments arguments)
    {
        var commandLine = arguments.CommandLine(fields) ?? fields.Get("proctitle");
        if (commandLine is not null)
        {
            fields.Set("CommandLine", commandLine);
        }

        if (fields.Get("exe") is { } exe)
        {
            fields.Set("Image", exe);
        }
    }

    private static string Raw(List<AuditRecord> records)
    {
        if (records.Count == 1)
        {
            return records[0].Text;
        }

        var raw = new StringBuilder();
        foreach (var record in records)
        {
            raw.Append(raw.Length == 0 ? "" : "\n").Append(record.Text);
        }

        return raw.ToString();
    }
}

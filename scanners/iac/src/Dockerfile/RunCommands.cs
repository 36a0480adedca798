using Bulwark.Scanners.Iac.Model;

namespace Bulwark.Scanners.Iac.Dockerfile;

/// <summary>
/// The <c>commands</c> list of a RUN: what its shell runs, split into simple commands (<see cref="ShellCommands"/>)
/// so a rule can match each one. The shell script is the shell form's text; for <c>RUN &lt;&lt;EOF</c> (or
/// <c>RUN bash &lt;&lt;EOF</c>) it is the heredoc body; for an exec form it is the <c>-c</c> argument of a shell,
/// and any other exec form is one command.
/// </summary>
internal static class RunCommands
{
    private static readonly string[] Shells = ["ash", "bash", "dash", "ksh", "sh", "zsh"];

    /// <summary>The commands of the RUN <paramref name="instruction"/>.</summary>
    public static IacList Build(DockerInstruction instruction)
    {
        if (instruction.Exec.IsExec)
        {
            return FromExec(instruction);
        }

        var text = instruction.Text;
        var script = ScriptHeredoc(instruction);
        var spans = script is null
            ? ShellCommands.Split(text, instruction.CommandStart, instruction.HeaderEnd)
            : IsShellScript(script.Body(text)) ? ShellCommands.Split(text, script.BodyStart, script.BodyEnd) : [];
        var commands = spans.Select(s => (IacValue)ObjectBuilder.Text(text[s.Start..s.End], instruction.RangeOf(s.Start, s.End)));
        return new IacList(commands.ToList()) { Range = instruction.ArgumentsRange };
    }

    private static IacList FromExec(DockerInstruction instruction)
    {
        var items = instruction.Exec.Items;
        var range = instruction.ArgumentsRange;
        if (items.Count >= 3 && IsShell(items[0].Value) && items[1].Value.StartsWith('-') && items[1].Value.EndsWith('c'))
        {
            // The script is inside a JSON string whose escapes shift offsets, so each command points at that string.
            var script = items[2].Value;
            var where = instruction.RangeOf(items[2].Start, items[2].End);
            var commands = ShellCommands.Split(script, 0, script.Length).Select(s => (IacValue)ObjectBuilder.Text(script[s.Start..s.End], where));
            return new IacList(commands.ToList()) { Range = range };
        }

        return items.Count == 0
            ? new IacList([]) { Range = range }
            : new IacList([ObjectBuilder.Text(string.Join(" ", items.Select(i => i.Value)), range)]) { Range = range };
    }

    // BuildKit runs a RUN whose whole command is one heredoc as a script; a shell fed a heredoc does the same.
    private static HeredocSpan? ScriptHeredoc(DockerInstruction instruction)
    {
        var heredocs = instruction.Raw.Heredocs;
        if (heredocs.Count == 0)
        {
            return null;
        }

        var words = ShellWords.Split(instruction.Text, instruction.CommandStart, instruction.HeaderEnd, '\\')
            .Where(w => !heredocs.Exists(h => h.Word.Start == w.Start))
            .ToList();
        var script = words.Count == 0 || (IsShell(words[0].Value) && words.Skip(1).All(w => w.Value.StartsWith('-')));
        return script ? heredocs[0] : null;
    }

    // A body with a "#!" line for another interpreter (python, node…) is not shell.
    private static bool IsShellScript(string body) =>
        !body.StartsWith("#!", StringComparison.Ordinal) || body[2..].Split('\n')[0].Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(IsShell);

    private static bool IsShell(string program) => Shells.Contains(program[(program.LastIndexOf('/') + 1)..]);
}

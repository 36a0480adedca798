using System.CommandLine;
using System.Text.Json;
using Bulwark.Cli.Console;
using Bulwark.Engine.Planning;
using Bulwark.Sdk;

namespace Bulwark.Cli.Commands;

/// <summary><c>bulwark rules list</c> and <c>bulwark rules verify</c>: what the rules are, and whether they keep their own examples.</summary>
public sealed class RulesCommand
{
    private readonly CliContext _context;
    private readonly Option<bool> _json = new("--json") { Description = "Print the list as JSON." };
    private readonly Argument<string> _path = new("path") { Description = "The project whose bulwark.yaml names extra rule files.", DefaultValueFactory = _ => "." };
    private readonly Option<string> _config = new("--config") { Description = "The config file naming extra rule files.", HelpName = "FILE" };

    /// <summary>Builds the command and its two subcommands.</summary>
    public RulesCommand(CliContext context)
    {
        _context = context;
        var list = new Command("list", "List every built-in rule: id, severity, title.");
        list.Options.Add(_json);
        list.SetAction(_ => List());
        var verify = new Command("verify", "Check every rule (built-in and the project's) against its own examples.");
        verify.Arguments.Add(_path);
        verify.Options.Add(_config);
        verify.SetAction(Verify);
        Command = new Command("rules", "Inspect and verify detection rules.");
        Command.Subcommands.Add(list);
        Command.Subcommands.Add(verify);
    }

    /// <summary>The command to add to the root.</summary>
    public Command Command { get; }

    private int List()
    {
        var rules = _context.Scanners.SelectMany(m => m.BuiltInRules.Select(r => (Scanner: m.Info.Id, Rule: r))).OrderBy(p => p.Rule.Id, StringComparer.Ordinal).ToList();
        using var writer = new StreamWriter(_context.Output, leaveOpen: true);
        foreach (var (scanner, rule) in rules)
        {
            writer.WriteLine($"{rule.Id,-45} {rule.Severity.Name(),-9} {rule.Title}{(rule.EnabledByDefault ? "" : " (off by default)")}");
        }

        writer.WriteLine($"{rules.Count} rules");
        return ExitCodes.Clean;
    }

    private int Verify(ParseResult result)
    {
        var request = new ScanRequest { Root = result.GetValue(_path)!, ConfigPath = result.GetValue(_config), WorkingDirectory = _context.WorkingDirectory };
        var plan = ScanPlanner.Create(request, _context.Scanners);
        if (!plan.Succeeded)
        {
            Messages.Problems(_context.Error, plan.Problems);
            return ExitCodes.UsageError;
        }

        var problems = plan.Value!.Scanners
            .Select(s => _context.Scanners.First(m => m.Info.Id == s.Info.Id))
            .SelectMany(m => m.VerifyRules(new ScannerOptions(plan.Value.Settings, _ => true)))
            .ToList();
        Messages.Problems(_context.Error, problems);
        var count = plan.Value.Scanners.Sum(s => s.Rules.Count);
        using var writer = new StreamWriter(_context.Output, leaveOpen: true);
        writer.WriteLine(problems.Count == 0 ? $"{count} rules verified" : $"{problems.Count} problems in {count} rules");
        return problems.Count == 0 ? ExitCodes.Clean : ExitCodes.Findings;
    }
}

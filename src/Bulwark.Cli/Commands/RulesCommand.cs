using System.CommandLine;
using Bulwark.Cli.Console;
using Bulwark.Engine.Planning;
using Bulwark.Sdk;

namespace Bulwark.Cli.Commands;

/// <summary>
/// <c>bulwark rules list|show|verify</c>: what is checked (the catalogue, one rule in full), and whether every
/// rule keeps its own examples.
/// </summary>
public sealed class RulesCommand
{
    private readonly CliContext _context;
    private readonly Option<string?> _scanner = new("--scanner") { Description = "Only the rules of this scanner (secrets, iac, …).", HelpName = "ID" };
    private readonly Option<string> _format = new("--format") { Description = "table or json.", DefaultValueFactory = _ => "table", HelpName = "FORMAT" };
    private readonly Argument<string> _rule = new("rule") { Description = "The rule id (or one of its aliases, or a peer tool's id for the same check)." };
    private readonly Argument<string> _path = new("path") { Description = "The project whose bulwark.yaml names extra rule files.", DefaultValueFactory = _ => "." };
    private readonly Option<string> _config = new("--config") { Description = "The config file naming extra rule files.", HelpName = "FILE" };

    /// <summary>Builds the command and its subcommands.</summary>
    public RulesCommand(CliContext context)
    {
        _context = context;
        _format.AcceptOnlyFromAmong("table", "json");
        var list = new Command("list", "List the built-in rules: id, scanner, severity, title.") { _scanner, _format };
        list.SetAction(List);
        var show = new Command("show", "Show one rule in full: what it checks, why, how to fix it, and its ids in other tools.") { _rule, _format };
        show.SetAction(Show);
        var verify = new Command("verify", "Check every rule (built-in and the project's) against its own examples.") { _path, _config };
        verify.SetAction(Verify);
        Command = new Command("rules", "See what is checked, and verify detection rules.");
        Command.Subcommands.Add(list);
        Command.Subcommands.Add(show);
        Command.Subcommands.Add(verify);
    }

    /// <summary>The command to add to the root.</summary>
    public Command Command { get; }

    // The audits' checks are rules too: `rules list --scanner host` shows the hardening checks.
    private IReadOnlyList<IScannerModule> Modules => [.. _context.Scanners, .. _context.Audits];

    private IEnumerable<(string Scanner, RuleInfo Rule)> Catalogue() =>
        Modules.SelectMany(m => m.BuiltInRules.Select(r => (Scanner: m.Info.Id, Rule: r))).OrderBy(p => p.Rule.Id, StringComparer.Ordinal);

    private int List(ParseResult result)
    {
        var scanner = result.GetValue(_scanner);
        if (scanner is not null && !Modules.Any(m => m.Info.Id == scanner))
        {
            Messages.Error(_context.Error, $"--scanner: no scanner '{scanner}' (there are: {string.Join(", ", Modules.Select(m => m.Info.Id))})");
            return ExitCodes.UsageError;
        }

        var rules = Catalogue().Where(p => scanner is null || p.Scanner == scanner).ToList();
        using var writer = new StreamWriter(_context.Output, leaveOpen: true);
        if (result.GetValue(_format) == "json")
        {
            writer.Write(RuleCatalogueJson.List(rules));
            return ExitCodes.Clean;
        }

        var width = rules.Count == 0 ? 0 : rules.Max(r => r.Rule.Id.Length);
        foreach (var (id, rule) in rules)
        {
            writer.WriteLine($"{rule.Id.PadRight(width)}  {id,-8} {rule.Severity.Name(),-9} {rule.Title}{(rule.EnabledByDefault ? "" : " (off by default)")}");
        }

        writer.WriteLine(string.Join(", ", rules.GroupBy(r => r.Scanner).Select(g => $"{g.Count()} {g.Key}")) is { Length: > 0 } counts ? $"{rules.Count} rules ({counts})" : "0 rules");
        return ExitCodes.Clean;
    }

    private int Show(ParseResult result)
    {
        var wanted = result.GetValue(_rule)!;
        var found = Catalogue().Where(p => p.Rule.Id == wanted).ToList();
        if (found.Count == 0)
        {
            found = Catalogue().Where(p => p.Rule.Aliases.Contains(wanted) || p.Rule.PeerIds.Values.Any(ids => ids.Contains(wanted, StringComparer.OrdinalIgnoreCase))).ToList();
        }

        if (found.Count == 0)
        {
            var near = Catalogue().Select(p => p.Rule.Id).Where(id => id.Contains(wanted, StringComparison.OrdinalIgnoreCase)).Take(5).ToList();
            Messages.Error(_context.Error, $"no rule '{wanted}'" + (near.Count > 0 ? $"; did you mean {string.Join(", ", near)}?" : " (bulwark rules list shows them all)"));
            return ExitCodes.UsageError;
        }

        using var writer = new StreamWriter(_context.Output, leaveOpen: true);
        if (result.GetValue(_format) == "json")
        {
            writer.Write(RuleCatalogueJson.List(found));
            return ExitCodes.Clean;
        }

        foreach (var (scanner, rule) in found)
        {
            RuleText.Write(writer, scanner, rule);
        }

        return ExitCodes.Clean;
    }

    private int Verify(ParseResult result)
    {
        var request = new ScanRequest { Root = result.GetValue(_path)!, ConfigPath = result.GetValue(_config), WorkingDirectory = _context.WorkingDirectory, OtherModules = _context.Audits };
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

using System.CommandLine;
using Bulwark.Cli.Console;
using Bulwark.Ledger;
using Bulwark.Ledger.Notes;
using Bulwark.Ledger.Verification;
using Bulwark.Sdk;

namespace Bulwark.Cli.Commands.Ledger;

/// <summary>
/// <c>bulwark ledger verify</c>: recompute everything and report each kind of tampering with where it is.
/// Exit 0 intact, 1 tampered, 2 when the input itself is wrong (not a ledger, bad key, bad checkpoint file).
/// </summary>
public sealed class LedgerVerifyCommand
{
    private readonly Option<string> _ledger = LedgerOptions.Ledger();
    private readonly Option<string?> _key = new("--key") { Description = "The log's public key (a file or the key text). Default: LEDGER.key.pub.", HelpName = "KEY" };
    private readonly Option<string[]> _trusted = new("--trusted-checkpoint") { Description = "A checkpoint saved elsewhere; the log must not be smaller than it or disagree with it (repeatable).", HelpName = "FILE" };
    private readonly Option<string?> _proof = new("--proof") { Description = "Check an inclusion proof bundle from 'ledger prove' instead of a whole ledger.", HelpName = "FILE" };
    private readonly CliContext _context;

    /// <summary>Builds the command.</summary>
    public LedgerVerifyCommand(CliContext context)
    {
        _context = context;
        Command = new Command("verify", "Verify the ledger (or a proof) and report any tampering.") { _ledger, _key, _trusted, _proof };
        Command.SetAction(Run);
    }

    /// <summary>The command.</summary>
    public Command Command { get; }

    private int Run(ParseResult result)
    {
        var ledgerPath = _context.Resolve(result.GetValue(_ledger)!);
        var verifier = LedgerKeys.LoadVerifier(result.GetValue(_key) is { } key ? _context.ResolveKey(key) : LedgerOptions.DefaultPublicKey(ledgerPath));
        if (!verifier.Succeeded)
        {
            Messages.Problems(_context.Error, verifier.Problems);
            return ExitCodes.UsageError;
        }

        using var output = new StreamWriter(_context.Output, leaveOpen: true) { AutoFlush = true };
        if (result.GetValue(_proof) is { } proofPath)
        {
            return CheckProof(_context.Resolve(proofPath), verifier.Value!, output);
        }

        var trusted = new List<TrustedCheckpoint>();
        foreach (var file in (result.GetValue(_trusted) ?? []).Select(_context.Resolve))
        {
            var opened = File.Exists(file) ? CheckpointNote.Open(File.ReadAllText(file), verifier.Value!) : NoteResult<OpenedCheckpoint>.Fail("file not found");
            if (!opened.Succeeded)
            {
                Messages.Error(_context.Error, $"--trusted-checkpoint {file}: {opened.Reason}");
                return ExitCodes.UsageError;
            }

            trusted.Add(new TrustedCheckpoint(opened.Value!.Checkpoint, file));
        }

        var report = LedgerVerifier.Verify(ledgerPath, LedgerCheckpoints.OpenerFor(verifier.Value!), trusted);
        if (!report.Succeeded)
        {
            Messages.Problems(_context.Error, report.Problems);
            return ExitCodes.UsageError;
        }

        return Print(ledgerPath, report.Value!, output);
    }

    private static int Print(string path, VerificationReport report, TextWriter output)
    {
        output.WriteLine($"{path}: {report.Entries} entries, {report.CheckpointsVerified} checkpoints verified (latest covers {report.VerifiedSize}), {report.TrustedCheckpointsChecked} trusted checkpoints checked, root {report.Root.ToHex()[..16]}…, {report.Duration.TotalSeconds:0.00}s");
        foreach (var problem in report.Problems)
        {
            output.WriteLine($"  {(problem.IsTampering ? "TAMPERED" : "warning ")} {problem.Issue}: {problem}");
        }

        output.WriteLine(report.Intact ? "verdict: intact" : $"verdict: TAMPERED ({report.Problems.Count(p => p.IsTampering)} problems)");
        return report.Intact ? ExitCodes.Clean : ExitCodes.Findings;
    }

    private int CheckProof(string path, Bulwark.Ledger.Notes.NoteVerifier log, TextWriter output)
    {
        if (!File.Exists(path))
        {
            Messages.Problems(_context.Error, [new ConfigProblem(path, "file not found")]);
            return ExitCodes.UsageError;
        }

        var json = File.ReadAllText(path);
        var problem = ProofBundle.Check(json, log);
        output.WriteLine(problem is null ? $"proven: {ProofBundle.Describe(json)} is in the log signed by {log.Name}" : $"NOT proven: {problem}");
        return problem is null ? ExitCodes.Clean : ExitCodes.Findings;
    }
}

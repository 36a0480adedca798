namespace Bulwark.Ledger.Shipping;

/// <summary>What a receiver can tell from the shipped lines: up to which entry nothing was dropped, or exactly what is wrong.</summary>
public sealed record ShippedVerification
{
    /// <summary>Everything wrong: missing entries, changed repeats, bad leaf hashes, checkpoints that fail.</summary>
    public required IReadOnlyList<string> Problems { get; init; }

    /// <summary>What is worth knowing but wrong with nothing: ignored torn lines, unchecked signatures.</summary>
    public required IReadOnlyList<string> Notes { get; init; }

    /// <summary>Distinct entries received.</summary>
    public long Entries { get; init; }

    /// <summary>Exact repeats dropped (at-least-once delivery sends some messages twice).</summary>
    public long Duplicates { get; init; }

    /// <summary>Distinct, readable checkpoints received.</summary>
    public int Checkpoints { get; init; }

    /// <summary>The size of the largest checkpoint whose root the received entries reproduce; 0 when none.</summary>
    public long VerifiedSize { get; init; }

    /// <summary>True when nothing is wrong. With <see cref="VerifiedSize"/> 0 that proves nothing yet.</summary>
    public bool Intact => Problems.Count == 0;

    /// <summary>One line for the operator.</summary>
    public string Summary
    {
        get
        {
            if (!Intact)
            {
                return $"NOT intact, {Problems.Count} problem(s): {Problems[0]}{(Problems.Count > 1 ? " …" : "")}";
            }

            if (VerifiedSize == 0)
            {
                return $"{Entries} entries received but no checkpoint yet: nothing proves that none were dropped";
            }

            var tail = Entries > VerifiedSize ? $"; {Entries - VerifiedSize} later entries await the next checkpoint" : "";
            var repeats = Duplicates > 0 ? $"; {Duplicates} repeated message(s) ignored" : "";
            return $"nothing dropped up to entry {VerifiedSize - 1}: entries 0–{VerifiedSize - 1} reproduce the root of the checkpoint of size {VerifiedSize}{tail}{repeats}";
        }
    }
}

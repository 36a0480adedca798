namespace Bulwark.Scanners.Host.Model;

/// <summary>The result of evaluating one check against the audited system.</summary>
/// <param name="Status">Pass, fail, not applicable or error.</param>
/// <param name="Message">One sentence for a person: what was found (and for errors, why it could not be decided).</param>
/// <param name="Evidence">Where and what, most relevant first; may be empty for a pass.</param>
public sealed record CheckOutcome(CheckStatus Status, string Message, IReadOnlyList<Evidence> Evidence)
{
    /// <summary>A pass.</summary>
    public static CheckOutcome Passed(string message, params Evidence[] evidence) => new(CheckStatus.Pass, message, evidence);

    /// <summary>A failure with its evidence.</summary>
    public static CheckOutcome Failed(string message, params Evidence[] evidence) => new(CheckStatus.Fail, message, evidence);

    /// <summary>Not applicable, with why.</summary>
    public static CheckOutcome NotApplicable(string why) => new(CheckStatus.NotApplicable, why, []);

    /// <summary>Undecidable, with why.</summary>
    public static CheckOutcome Errored(string why, params Evidence[] evidence) => new(CheckStatus.Error, why, evidence);
}

namespace Bulwark.Ledger.Verification;

/// <summary>One thing verification found, with where it is.</summary>
/// <param name="Issue">What kind of problem.</param>
/// <param name="Message">What exactly, for a person.</param>
/// <param name="Entry">The entry index concerned, when there is one.</param>
/// <param name="Offset">The byte offset in the ledger file, when there is one.</param>
public sealed record VerificationProblem(VerificationIssue Issue, string Message, long? Entry = null, long? Offset = null)
{
    /// <summary>True for what means the log cannot be trusted; false for warnings such as an unsigned tail.</summary>
    public bool IsTampering => Issue is not (VerificationIssue.UnsignedTail or VerificationIssue.TornTail);

    /// <inheritdoc />
    public override string ToString()
    {
        var where = (Entry, Offset) switch
        {
            ({ } e, { } o) => $"entry {e}, byte {o}: ",
            ({ } e, null) => $"entry {e}: ",
            (null, { } o) => $"byte {o}: ",
            _ => "",
        };
        return where + Message;
    }
}

namespace Bulwark.Scanners.Iac.Dockerfile;

/// <summary>What <see cref="ExecForm.Parse"/> made of an instruction's arguments.</summary>
/// <param name="IsExec">True when the arguments are a well-formed JSON array of strings.</param>
/// <param name="Items">The array's strings, each with where it is written (quotes included).</param>
/// <param name="Problem">Why text that looks like a JSON array is not one; null when it is, or when it is plainly shell form.</param>
/// <param name="Offset">Where the array opens, or where the problem is.</param>
internal sealed record ExecFormResult(bool IsExec, IReadOnlyList<ShellWord> Items, string? Problem, int Offset)
{
    /// <summary>Plain shell form.</summary>
    public static ExecFormResult NotJson { get; } = new(false, [], null, 0);

    /// <summary>A well-formed exec form.</summary>
    public static ExecFormResult Exec(IReadOnlyList<ShellWord> items, int open) => new(true, items, null, open);

    /// <summary>An attempted exec form that Docker would not read as one.</summary>
    public static ExecFormResult Malformed(string problem, int offset) => new(false, [], problem, offset);
}

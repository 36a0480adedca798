namespace Bulwark.Sdk;

/// <summary>
/// Something wrong with what the user gave (a config file, a rule file, a flag), phrased for that user.
/// Turning it into text gives the one-line message the CLI prints before exiting with code 2.
/// </summary>
/// <param name="Where">The file and line (<c>bulwark.yaml:12</c>) or flag it concerns; empty when none.</param>
/// <param name="Message">What is wrong and, where it helps, what would be right.</param>
public sealed record ConfigProblem(string Where, string Message)
{
    /// <summary>The problem as one line: <c>where: message</c>.</summary>
    public override string ToString() => Where.Length == 0 ? Message : $"{Where}: {Message}";
}

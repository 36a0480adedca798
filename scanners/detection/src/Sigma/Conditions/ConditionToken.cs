namespace Bulwark.Scanners.Detection.Sigma.Conditions;

/// <summary>One token of a condition: a parenthesis, a pipe, or a word; <see cref="Column"/> is 1-based.</summary>
internal readonly record struct ConditionToken(string Text, int Column)
{
    public bool IsWord => Text is not ("(" or ")" or "|" or "");

    public bool IsEnd => Text.Length == 0;

    /// <summary>True when the token is the keyword <paramref name="keyword"/> (keywords are not case-sensitive).</summary>
    public bool Is(string keyword) => string.Equals(Text, keyword, StringComparison.OrdinalIgnoreCase);

    public override string ToString() => IsEnd ? "the end" : $"'{Text}' at column {Column}";
}

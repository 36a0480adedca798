namespace Bulwark.Scanners.Iac.Dockerfile;

/// <summary>The result of expanding build arguments in a word, with where each substituted part landed.</summary>
/// <param name="Text">The expanded text; every part that cannot be known is the character <see cref="Unknown"/>.</param>
/// <param name="Reasons">Why each unknown part is unknown, at its place in <see cref="Text"/>.</param>
/// <param name="Origins">Where each substituted value came from, at its place in <see cref="Text"/>.</param>
internal sealed record Expansion(string Text, IReadOnlyList<ExpansionNote> Reasons, IReadOnlyList<ExpansionNote> Origins)
{
    /// <summary>Stands in the text for a value that cannot be known; it cannot occur in a Dockerfile word.</summary>
    public const char Unknown = '\u0001';

    /// <summary>True when some part of the text is unknown.</summary>
    public bool HasUnknown => Reasons.Count > 0;

    /// <summary>The reasons, joined for a message.</summary>
    public string AllReasons => Join(Reasons);

    /// <summary>The reasons for unknowns between <paramref name="start"/> and <paramref name="end"/>, joined.</summary>
    public string ReasonsIn(int start, int end) => Join(Reasons.Where(n => n.Overlaps(start, end)));

    /// <summary>The origins of values substituted between <paramref name="start"/> and <paramref name="end"/>, joined; null when none.</summary>
    public string? OriginsIn(int start, int end)
    {
        var joined = Join(Origins.Where(n => n.Overlaps(start, end)));
        return joined.Length == 0 ? null : joined;
    }

    private static string Join(IEnumerable<ExpansionNote> notes) => string.Join("; ", notes.Select(n => n.Note).Distinct());
}

/// <summary>A note about the characters from <paramref name="Start"/> up to <paramref name="End"/> of an expansion.</summary>
/// <param name="Start">The first character.</param>
/// <param name="End">Just after the last character.</param>
/// <param name="Note">What to say about them.</param>
internal readonly record struct ExpansionNote(int Start, int End, string Note)
{
    /// <summary>True when the note's characters meet the span from <paramref name="start"/> to <paramref name="end"/>.</summary>
    public bool Overlaps(int start, int end) => Start < end && End > start;

    /// <summary>The same note moved <paramref name="offset"/> characters on.</summary>
    public ExpansionNote Shift(int offset) => new(Start + offset, End + offset, Note);
}

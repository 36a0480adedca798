namespace Bulwark.Ledger.Events;

/// <summary>Which actions change state (and so need a reason) and which only observe.</summary>
public static class Actions
{
    // The last word of an action says what happened; these verbs only look or move copies around.
    private static readonly HashSet<string> Observing = new(StringComparer.Ordinal) { "viewed", "read", "listed", "exported", "verified", "shipped", "proved", "witnessed", "checked" };

    /// <summary>Whether <paramref name="action"/> changes state.</summary>
    public static bool ChangesState(string action) => !Observing.Contains(action[(action.LastIndexOf('.') + 1)..]);

    /// <summary>What is wrong with an event before it may be appended, or null.</summary>
    public static string? Problem(LedgerEvent e)
    {
        if (string.IsNullOrWhiteSpace(e.Action) || e.Action.Any(char.IsWhiteSpace))
        {
            return "the action must be one word such as fim.baseline.accepted";
        }

        if (string.IsNullOrWhiteSpace(e.Subject))
        {
            return "the subject must not be empty";
        }

        if (string.IsNullOrWhiteSpace(e.Actor.Id))
        {
            return "the actor must not be empty";
        }

        return ChangesState(e.Action) && string.IsNullOrWhiteSpace(e.Reason)
            ? $"a reason is mandatory for '{e.Action}', which changes state"
            : null;
    }
}

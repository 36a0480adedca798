using Bulwark.Scanners.Host.Model;

namespace Bulwark.Scanners.Host.Accounts;

/// <summary>Turns what an account check found into its outcome, the same way for every kind.</summary>
internal static class AccountVerdict
{
    /// <summary>
    /// Fails with <paramref name="failures"/> when there are any; otherwise an error when lines of the files read
    /// could not be parsed (the check cannot vouch for them), else a pass.
    /// </summary>
    internal static CheckOutcome Of(
        IReadOnlyList<Evidence> failures,
        Func<int, string> failMessage,
        string passMessage,
        params IReadOnlyList<Evidence>[] badLines)
    {
        if (failures.Count > 0)
        {
            return CheckOutcome.Failed(failMessage(failures.Count), [.. failures]);
        }

        var bad = badLines.SelectMany(lines => lines).ToArray();
        return bad.Length > 0
            ? CheckOutcome.Errored($"{Plural(bad.Length, "line")} of the account files could not be read as entries, so they were not checked", bad)
            : CheckOutcome.Passed(passMessage);
    }

    /// <summary>Why a check cannot be decided when one of the account files it needs could not be read.</summary>
    internal static CheckOutcome Unreadable<T>(AccountFile<T> file) => CheckOutcome.Errored($"{file.Path} could not be read: {file.Problem}");

    /// <summary><c>1 account</c>, <c>3 accounts</c>.</summary>
    internal static string Plural(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}

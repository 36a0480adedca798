using System.Text.RegularExpressions;

namespace Bulwark.Rules;

/// <summary>The shape every rule id has: <c>room/kebab-slug</c>, lower-case.</summary>
public static partial class RuleIds
{
    /// <summary>Whether <paramref name="id"/> has the right shape and belongs to <paramref name="room"/>.</summary>
    public static bool IsValid(string id, string room) =>
        id.StartsWith(room + "/", StringComparison.Ordinal) && Shape().IsMatch(id);

    [GeneratedRegex("^[a-z][a-z0-9]*/[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex Shape();
}

namespace Bulwark.Server.Directories;

/// <summary>The names roles have in the configuration and on screen: <c>viewer</c>, <c>security-analyst</c>.</summary>
public static class RoleNames
{
    private static readonly (Role Role, string Name)[] All =
    [
        (Role.Viewer, "viewer"),
        (Role.Developer, "developer"),
        (Role.SecurityAnalyst, "security-analyst"),
        (Role.Approver, "approver"),
        (Role.Administrator, "administrator"),
    ];

    /// <summary>Every role's name, least to most powerful.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. All.Select(r => r.Name)];

    /// <summary>The name of <paramref name="role"/>.</summary>
    public static string Of(Role role) => All.First(r => r.Role == role).Name;

    /// <summary>The role named <paramref name="name"/> (exactly, in lower case), or null.</summary>
    public static Role? Parse(string name) =>
        All.FirstOrDefault(r => r.Name.Equals(name, StringComparison.Ordinal)) is { Name: not null } found ? found.Role : null;
}

using Bulwark.Server.Directories;

namespace Bulwark.Server.Auth;

/// <summary>
/// The permissions each role gives, and the most a token's scope lets its holder use of its owner's. Approving is the
/// approver's alone: administrators configure, they do not second their own or anyone's changes by virtue of that.
/// </summary>
internal static class RolePermissions
{
    public static IReadOnlySet<Permission> Of(Role role) => role switch
    {
        Role.Viewer => Set(Permission.Read),
        Role.Developer => Set(Permission.Read, Permission.Upload, Permission.Request),
        Role.SecurityAnalyst => Set(Permission.Read, Permission.Upload, Permission.Triage, Permission.Request, Permission.Audit),
        Role.Approver => Set(Permission.Read, Permission.Approve, Permission.Audit),
        Role.Administrator => Set(Permission.Read, Permission.Upload, Permission.Triage, Permission.Request, Permission.Audit, Permission.Administer),
        _ => Set(),
    };

    /// <summary>What a token of <paramref name="scope"/> may use at most; its owner's roles bound it further.</summary>
    public static IReadOnlySet<Permission> Cap(string scope) => scope switch
    {
        TokenScopes.Read => Set(Permission.Read),
        TokenScopes.Upload => Set(Permission.Read, Permission.Upload),
        TokenScopes.Admin => Enum.GetValues<Permission>().ToHashSet(),
        _ => Set(),
    };

    /// <summary>
    /// The roles a token made before tokens had owners stands for: its scope was all it had, so an admin token is an
    /// administrator's, an upload token a developer's, a read token a viewer's.
    /// </summary>
    public static Role RoleOfScope(string scope) => scope switch
    {
        TokenScopes.Admin => Role.Administrator,
        TokenScopes.Upload => Role.Developer,
        _ => Role.Viewer,
    };

    private static HashSet<Permission> Set(params Permission[] permissions) => [.. permissions];
}

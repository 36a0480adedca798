namespace Bulwark.Server.Auth;

/// <summary>
/// How much of its owner's permissions a token may use: read, upload (and read), or all of them
/// (<see cref="RolePermissions.Cap"/>).
/// </summary>
internal static class TokenScopes
{
    public const string Read = "read";
    public const string Upload = "upload";
    public const string Admin = "admin";

    /// <summary>Every scope, least to most.</summary>
    public static IReadOnlyList<string> All { get; } = [Read, Upload, Admin];
}

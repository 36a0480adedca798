namespace Bulwark.Server.Auth;

/// <summary>What a token may do: read findings, upload scans (and read), or everything.</summary>
internal static class TokenScopes
{
    public const string Read = "read";
    public const string Upload = "upload";
    public const string Admin = "admin";

    /// <summary>Whether a token of <paramref name="scope"/> may do what <paramref name="needed"/> allows.</summary>
    public static bool Allows(string scope, string needed) => scope switch
    {
        Admin => true,
        Upload => needed is Upload or Read,
        Read => needed is Read,
        _ => false,
    };
}

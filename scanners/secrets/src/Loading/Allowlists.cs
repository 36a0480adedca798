namespace Bulwark.Scanners.Secrets.Loading;

/// <summary>Questions asked of several allowlists at once: allowed when any one of them allows.</summary>
public static class Allowlists
{
    /// <summary>Whether any list allows every finding of <paramref name="ruleId"/> in the file.</summary>
    public static bool AllowFile(this IReadOnlyList<Allowlist> lists, string ruleId, string path, string? commit)
    {
        foreach (var list in lists)
        {
            if (list.Targets(ruleId) && list.AllowsFile(path, commit))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether any list allows one match of <paramref name="ruleId"/>.</summary>
    public static bool Allow(this IReadOnlyList<Allowlist> lists, string ruleId, string path, string? commit, string secret, string match, string line)
    {
        foreach (var list in lists)
        {
            if (list.Targets(ruleId) && list.Allows(path, commit, secret, match, line))
            {
                return true;
            }
        }

        return false;
    }
}

using Bulwark.Scanners.Host.Files;

namespace Bulwark.Scanners.Host.Config;

/// <summary>
/// <c>sshd</c>: OpenSSH's sshd_config. Keywords are case-insensitive and stored lower-case; <c>Keyword value</c> and
/// <c>Keyword=value</c> both work; <c>#</c> starts a comment (at the start of a line or of a word).
/// <para>
/// <c>Include</c> takes one or more paths or globs (relative ones are under /etc/ssh) and reads the matching files in
/// place, in lexical order. A glob that matches nothing is normal (sshd ignores it); a plain path that does not exist
/// is reported as a problem.
/// </para>
/// <para>
/// <c>Match</c> blocks do not set global values. Their lines stay among the entries with the key
/// <c>match:&lt;keyword&gt;</c> (so <c>match:passwordauthentication</c> asks "does any Match block set it"), and the
/// <c>Match</c> line itself is an entry with key <c>match</c> and the criteria as value; a block runs to the next
/// <c>Match</c> or the end of its file. <c>Match all</c> returns to global settings. As in sshd, an included file starts in
/// the including line's block and cannot change it for the lines after the <c>Include</c>; a file included from
/// inside a Match block stays inside it even after its own <c>Match all</c>.
/// </para>
/// <para>
/// For every keyword the FIRST value wins (sshd's rule), which is why distributions put drop-ins before the defaults.
/// Keywords that accumulate (AllowUsers, DenyUsers, AllowGroups, DenyGroups, AcceptEnv, HostKey, Port,
/// ListenAddress, Subsystem) have several entries; <see cref="Effective"/> gives the first, the entries give all.
/// </para>
/// </summary>
public sealed class SshdSyntax : IConfigSyntax
{
    /// <summary>The prefix of the key of a setting made inside a Match block.</summary>
    public const string MatchPrefix = "match:";

    /// <summary>Where relative Include paths start.</summary>
    public const string SshDirectory = "/etc/ssh";

    /// <inheritdoc/>
    public string Name => "sshd";

    /// <inheritdoc/>
    public ConfigRead Read(IHostFiles files, string path)
    {
        var reader = new ConfigReader(files);
        var found = reader.Include(path, null, text => Parse(reader, path, text, inheritedMatch: false));
        return reader.Result(!found);
    }

    /// <inheritdoc/>
    public ConfigEntry? Effective(IReadOnlyList<ConfigEntry> entries, string key)
    {
        var wanted = key.ToLowerInvariant();
        return entries.FirstOrDefault(e => e.Key == wanted);
    }

    private static void Parse(ConfigReader reader, string path, string text, bool inheritedMatch)
    {
        var inMatch = inheritedMatch;
        foreach (var line in ConfigText.Lines(text))
        {
            if (line.Text.StartsWith('#'))
            {
                continue;
            }

            var (keyword, value) = Split(line.Text);
            if (keyword.Length == 0)
            {
                reader.Problem(path, line.Number, $"cannot read '{line.Text}' as a keyword and value");
                continue;
            }

            switch (keyword)
            {
                case "match":
                    reader.Add("match", value, path, line.Number);
                    inMatch = inheritedMatch || !value.Equals("all", StringComparison.OrdinalIgnoreCase);
                    break;
                case "include":
                    Include(reader, path, line.Number, value, inMatch);
                    break;
                default:
                    reader.Add(inMatch ? MatchPrefix + keyword : keyword, value, path, line.Number);
                    break;
            }
        }
    }

    private static void Include(ConfigReader reader, string path, int line, string value, bool inMatch)
    {
        var from = $"{path}:{line}";
        var patterns = ConfigText.Words(value);
        if (patterns.Count == 0)
        {
            reader.Problem(path, line, "Include without a file");
        }

        foreach (var pattern in patterns)
        {
            if (pattern.StartsWith('~'))
            {
                reader.Problem(path, line, $"Include {pattern}: a path under a home directory cannot be followed");
                continue;
            }

            var absolute = pattern.StartsWith('/') ? pattern : $"{SshDirectory}/{pattern}";
            var targets = GlobPattern.IsPattern(absolute) ? reader.Files.Glob(absolute) : [absolute];
            foreach (var target in targets)
            {
                reader.Include(target, from, text => Parse(reader, target, text, inMatch));
            }
        }
    }

    // The keyword (lower-case) and the value: separated by whitespace and/or one '=', a comment word and what follows dropped.
    private static (string Keyword, string Value) Split(string text)
    {
        var end = text.AsSpan().IndexOfAny(" \t=");
        if (end <= 0)
        {
            return (end == 0 ? "" : text.ToLowerInvariant(), "");
        }

        var rest = text[end..].TrimStart(' ', '\t');
        if (rest.StartsWith('='))
        {
            rest = rest[1..].TrimStart(' ', '\t');
        }

        return (text[..end].ToLowerInvariant(), StripComment(rest));
    }

    private static string StripComment(string value)
    {
        var quoted = false;
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && value[i] == '#' && (i == 0 || value[i - 1] is ' ' or '\t'))
            {
                return value[..i].TrimEnd();
            }
        }

        return value;
    }
}

using Bulwark.Scanners.Host.Files;

namespace Bulwark.Scanners.Host.Config;

/// <summary>
/// <c>pam</c>: a PAM stack file such as /etc/pam.d/common-password. Every rule line is an entry whose key is its type
/// (<c>auth</c>, <c>account</c>, <c>password</c>, <c>session</c>; a leading <c>-</c> dropped, lower-case) and whose
/// value is the rest of the line (<c>[success=1 default=ignore] pam_unix.so obscure yescrypt</c>). <c>#</c> starts a
/// comment, <c>\</c> continues a line. <c>@include name</c> reads /etc/pam.d/name in place; a rule whose control is
/// <c>include</c> or <c>substack</c> is replaced by the named file's rules of the same type.
/// <para>
/// <see cref="Effective"/> returns the first rule of a type, which rarely answers a PAM question on its own: PAM
/// benchmarks mostly use <c>line</c> checks (a module with an argument on some line) or walk all entries.
/// </para>
/// </summary>
public sealed class PamSyntax : IConfigSyntax
{
    /// <summary>Where included stacks are looked up.</summary>
    public const string PamDirectory = "/etc/pam.d";

    private static readonly string[] Types = ["auth", "account", "password", "session"];

    /// <inheritdoc/>
    public string Name => "pam";

    /// <inheritdoc/>
    public ConfigRead Read(IHostFiles files, string path)
    {
        var reader = new ConfigReader(files);
        var found = reader.Include(path, null, text => Parse(reader, path, text, onlyType: null));
        return reader.Result(!found);
    }

    /// <inheritdoc/>
    public ConfigEntry? Effective(IReadOnlyList<ConfigEntry> entries, string key)
    {
        var wanted = key.TrimStart('-').ToLowerInvariant();
        return entries.FirstOrDefault(e => e.Key == wanted);
    }

    private static void Parse(ConfigReader reader, string path, string text, string? onlyType)
    {
        foreach (var line in ConfigText.Lines(text, backslashContinues: true))
        {
            var content = line.Text.Split('#', 2)[0].Trim();
            if (content.Length == 0)
            {
                continue;
            }

            var (first, rest) = ConfigText.SplitFirst(content);
            if (first == "@include")
            {
                Include(reader, path, line.Number, rest, onlyType);
                continue;
            }

            var type = first.TrimStart('-').ToLowerInvariant();
            if (!Types.Contains(type))
            {
                reader.Problem(path, line.Number, $"'{first}' is not a PAM type (auth, account, password or session)");
                continue;
            }

            if (onlyType is not null && type != onlyType)
            {
                continue;
            }

            var (control, module) = ConfigText.SplitFirst(rest);
            if (control is "include" or "substack")
            {
                Include(reader, path, line.Number, module, type);
                continue;
            }

            reader.Add(type, rest, path, line.Number);
        }
    }

    private static void Include(ConfigReader reader, string path, int line, string name, string? onlyType)
    {
        var file = name.Trim();
        if (file.Length == 0)
        {
            reader.Problem(path, line, "include without a file");
            return;
        }

        var target = file.StartsWith('/') ? file : AuditedPath.Combine(PamDirectory, file);
        reader.Include(target, $"{path}:{line}", text => Parse(reader, target, text, onlyType));
    }
}

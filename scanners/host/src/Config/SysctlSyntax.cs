using Bulwark.Scanners.Host.Files;

namespace Bulwark.Scanners.Host.Config;

/// <summary>
/// <c>sysctl</c>: the kernel parameters set at boot. Whatever path is given, it reads the <c>*.conf</c> files of
/// /etc/sysctl.d, /run/sysctl.d, /usr/local/lib/sysctl.d, /usr/lib/sysctl.d and /lib/sysctl.d merged by name (the
/// first directory wins for a name) in lexical order of name, then /etc/sysctl.conf last, as <c>sysctl --system</c>
/// does; the last value wins. Lines are <c>key = value</c>; <c>#</c> and <c>;</c> start comments; a leading <c>-</c>
/// (ignore failure) is dropped. Keys are normalised to dots: when the first separator is <c>/</c>,
/// <c>net/ipv4/conf/eth0.100/rp_filter</c> becomes <c>net.ipv4.conf.eth0/100.rp_filter</c>. Glob keys
/// (<c>net.ipv4.conf.*.rp_filter</c>) are kept as written and only match themselves.
/// </summary>
public sealed class SysctlSyntax : IConfigSyntax
{
    /// <summary>The file read after every sysctl.d file.</summary>
    public const string MainFile = "/etc/sysctl.conf";

    private static readonly string[] Directories = ["/etc/sysctl.d", "/run/sysctl.d", "/usr/local/lib/sysctl.d", "/usr/lib/sysctl.d", "/lib/sysctl.d"];

    /// <inheritdoc/>
    public string Name => "sysctl";

    /// <inheritdoc/>
    public ConfigRead Read(IHostFiles files, string path)
    {
        var reader = new ConfigReader(files);
        var found = false;
        foreach (var file in DropInDirectories.Merge(files, Directories).Append(MainFile))
        {
            found |= reader.Include(file, null, text => Parse(reader, file, text));
        }

        return reader.Result(!found);
    }

    /// <inheritdoc/>
    public ConfigEntry? Effective(IReadOnlyList<ConfigEntry> entries, string key) => FlatConfig.Last(entries, Normalise(key));

    /// <summary><paramref name="key"/> with dots as separators (slashes and dots swap when the first separator is a slash).</summary>
    public static string Normalise(string key)
    {
        var trimmed = key.Trim();
        var first = trimmed.AsSpan().IndexOfAny("./");
        if (first < 0 || trimmed[first] == '.')
        {
            return trimmed;
        }

        return string.Create(trimmed.Length, trimmed, (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = source[i] switch { '/' => '.', '.' => '/', var c => c };
            }
        });
    }

    private static void Parse(ConfigReader reader, string path, string text)
    {
        foreach (var line in ConfigText.Lines(text))
        {
            if (line.Text[0] is '#' or ';')
            {
                continue;
            }

            var equals = line.Text.IndexOf('=');
            var key = equals < 0 ? "" : line.Text[..equals].Trim().TrimStart('-').Trim();
            if (key.Length == 0)
            {
                reader.Problem(path, line.Number, $"cannot read '{line.Text}' as key = value");
                continue;
            }

            reader.Add(Normalise(key), line.Text[(equals + 1)..].Trim(), path, line.Number);
        }
    }
}

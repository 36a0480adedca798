using Bulwark.Scanners.Host.Files;

namespace Bulwark.Scanners.Host.Config;

/// <summary>
/// <c>systemd</c>: systemd's INI files (journald.conf, logind.conf, units). Keys are stored as <c>Section.Key</c>
/// (<c>Journal.Storage</c>); <c>#</c> and <c>;</c> start comments; a line ending in <c>\</c> continues. The last
/// value wins.
/// <para>
/// For <c>/etc/R</c> (or R under /run, /usr/local/lib, /usr/lib, /lib) the main file is the first of those that exists,
/// and then the drop-ins <c>R.d/*.conf</c> of all of them are read, merged by name with /etc winning over /run over
/// /usr/local/lib over /usr/lib, in lexical order of name — systemd's order. <see cref="ConfigRead.Missing"/> is true
/// only when neither the main file nor any drop-in exists.
/// </para>
/// </summary>
public sealed class SystemdSyntax : IConfigSyntax
{
    /// <inheritdoc/>
    public string Name => "systemd";

    /// <inheritdoc/>
    public ConfigRead Read(IHostFiles files, string path)
    {
        var reader = new ConfigReader(files);
        var relative = DropInDirectories.Relative(path);
        var mains = relative is null ? [path] : DropInDirectories.Prefixes.Select(p => p + relative).Prepend(path).Distinct();
        var found = mains.Any(main => reader.Include(main, null, text => Parse(reader, main, text)));
        if (relative is not null)
        {
            foreach (var dropIn in DropInDirectories.Merge(files, DropInDirectories.Prefixes.Select(p => p + relative + ".d")))
            {
                found = true;
                reader.Include(dropIn, null, text => Parse(reader, dropIn, text));
            }
        }

        return reader.Result(!found);
    }

    /// <inheritdoc/>
    public ConfigEntry? Effective(IReadOnlyList<ConfigEntry> entries, string key) => FlatConfig.Last(entries, key);

    private static void Parse(ConfigReader reader, string path, string text)
    {
        string? section = null;
        foreach (var line in ConfigText.Lines(text, backslashContinues: true))
        {
            if (line.Text[0] is '#' or ';')
            {
                continue;
            }

            if (line.Text.StartsWith('['))
            {
                section = line.Text.EndsWith(']') ? line.Text[1..^1].Trim() : null;
                if (section is null)
                {
                    reader.Problem(path, line.Number, $"section header '{line.Text}' is not closed");
                }

                continue;
            }

            var equals = line.Text.IndexOf('=');
            if (equals <= 0)
            {
                reader.Problem(path, line.Number, $"cannot read '{line.Text}' as Key=value");
            }
            else if (section is null)
            {
                reader.Problem(path, line.Number, $"'{line.Text}' is outside any [Section]; systemd ignores it");
            }
            else
            {
                reader.Add($"{section}.{line.Text[..equals].Trim()}", line.Text[(equals + 1)..].Trim(), path, line.Number);
            }
        }
    }
}

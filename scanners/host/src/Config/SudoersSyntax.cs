using Bulwark.Scanners.Host.Files;

namespace Bulwark.Scanners.Host.Config;

/// <summary>
/// <c>sudoers</c>: sudo's policy file. Lines end with <c>\</c> to continue; <c>#</c> starts a comment except in the
/// include forms <c>#include</c>, <c>@include</c>, <c>#includedir</c> and <c>@includedir</c>, which read the file (or
/// every file of the directory whose name neither ends in <c>~</c> nor contains a <c>.</c>, in lexical order, as sudo
/// does) in place. Relative include paths are relative to the including file's directory.
/// <para>
/// <c>Defaults</c> lines become one entry per parameter with key <c>defaults:&lt;name&gt;</c>: a bare flag is
/// <c>true</c>, <c>!flag</c> is <c>false</c>, <c>name=value</c> has the value unquoted, <c>name+=value</c> and
/// <c>name-=value</c> keep the operator in front of the value. Scoped defaults do not apply to everyone and keep their
/// scope in the key: <c>Defaults:alice !requiretty</c> is <c>defaults:alice:requiretty</c>, likewise
/// <c>defaults@host:</c>, <c>defaults&gt;runas:</c> and <c>defaults!command:</c>.
/// Any other line is an entry keyed by its first word (<c>root</c>, <c>%sudo</c>, <c>Cmnd_Alias</c>) with the rest as
/// value. The last value wins; keys are case-sensitive.
/// </para>
/// </summary>
public sealed class SudoersSyntax : IConfigSyntax
{
    /// <summary>The prefix of the keys of <c>Defaults</c> parameters.</summary>
    public const string DefaultsPrefix = "defaults";

    /// <inheritdoc/>
    public string Name => "sudoers";

    /// <inheritdoc/>
    public ConfigRead Read(IHostFiles files, string path)
    {
        var reader = new ConfigReader(files);
        var found = reader.Include(path, null, text => Parse(reader, path, text));
        return reader.Result(!found);
    }

    /// <inheritdoc/>
    public ConfigEntry? Effective(IReadOnlyList<ConfigEntry> entries, string key) => FlatConfig.Last(entries, key);

    /// <summary>True when sudo reads a file of this name from an includedir: no <c>.</c> in it and no trailing <c>~</c>.</summary>
    public static bool IncludedFromDirectory(string name) => !name.EndsWith('~') && !name.Contains('.');

    private static void Parse(ConfigReader reader, string path, string text)
    {
        foreach (var line in ConfigText.Lines(text, backslashContinues: true))
        {
            var (first, rest) = ConfigText.SplitFirst(line.Text);
            switch (first)
            {
                case "#include" or "@include":
                    IncludeFile(reader, path, line.Number, rest);
                    break;
                case "#includedir" or "@includedir":
                    IncludeDirectory(reader, path, line.Number, rest);
                    break;
                case var comment when comment.StartsWith('#'):
                    break;
                case var defaults when defaults.StartsWith("Defaults", StringComparison.Ordinal):
                    Defaults(reader, path, line.Number, defaults, rest);
                    break;
                default:
                    reader.Add(first, rest, path, line.Number);
                    break;
            }
        }
    }

    private static void IncludeFile(ConfigReader reader, string path, int line, string argument)
    {
        var target = Target(path, argument);
        if (target.Length == 0)
        {
            reader.Problem(path, line, "include without a file");
            return;
        }

        reader.Include(target, $"{path}:{line}", text => Parse(reader, target, text));
    }

    private static void IncludeDirectory(ConfigReader reader, string path, int line, string argument)
    {
        var directory = Target(path, argument);
        if (directory.Length == 0 || reader.Files.Stat(directory) is null)
        {
            reader.Problem(path, line, directory.Length == 0 ? "includedir without a directory" : $"included directory {directory} does not exist");
            return;
        }

        foreach (var file in reader.Files.List(directory).Where(f => IncludedFromDirectory(AuditedPath.Name(f))))
        {
            if (reader.Files.Stat(file) is { Kind: HostFileKind.Directory })
            {
                continue;
            }

            reader.Include(file, $"{path}:{line}", text => Parse(reader, file, text));
        }
    }

    private static string Target(string including, string argument)
    {
        var target = ConfigText.Unquote(argument);
        return target.Length == 0 || target.StartsWith('/') ? target : AuditedPath.Combine(AuditedPath.Parent(including), target);
    }

    private static void Defaults(ConfigReader reader, string path, int line, string word, string parameters)
    {
        var scope = word.Length > DefaultsPrefix.Length ? word[DefaultsPrefix.Length..] : "";
        if (scope.Length > 0 && !":@>!".Contains(scope[0]))
        {
            reader.Add(word, parameters, path, line);
            return;
        }

        // "Defaults:alice !requiretty" is written with or without a space before the scope's name.
        if (scope.Length == 1)
        {
            (var name, parameters) = ConfigText.SplitFirst(parameters);
            scope += name;
        }

        var prefix = DefaultsPrefix + scope + ":";

        foreach (var parameter in SplitParameters(parameters))
        {
            var (name, value) = Parameter(parameter);
            if (name.Length == 0)
            {
                reader.Problem(path, line, $"cannot read Defaults parameter '{parameter}'");
                continue;
            }

            reader.Add(prefix + name, value, path, line);
        }
    }

    private static (string Name, string Value) Parameter(string parameter)
    {
        if (parameter.StartsWith('!'))
        {
            return (parameter[1..].Trim(), "false");
        }

        var equals = parameter.IndexOf('=');
        if (equals < 0)
        {
            return (parameter, "true");
        }

        var op = equals > 0 && parameter[equals - 1] is '+' or '-' ? parameter[equals - 1] + "=" : "";
        var name = parameter[..(equals - op.Length)].Trim();
        return (name, op + ConfigText.Unquote(parameter[(equals + 1)..]));
    }

    // Parameters are separated by commas outside double quotes.
    private static IEnumerable<string> SplitParameters(string text)
    {
        var start = 0;
        var quoted = false;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] == '"')
            {
                quoted = !quoted;
            }
            else if (i == text.Length || (text[i] == ',' && !quoted))
            {
                var part = text[start..i].Trim();
                if (part.Length > 0)
                {
                    yield return part;
                }

                start = i + 1;
            }
        }
    }
}

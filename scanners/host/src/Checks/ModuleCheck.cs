using System.Text.RegularExpressions;
using Bulwark.Rules;
using Bulwark.Scanners.Host.Model;

namespace Bulwark.Scanners.Host.Checks;

/// <summary>
/// <c>module: NAME</c> with <c>loadable: false</c>: modprobe.d makes loading it fail (<c>install NAME /bin/false</c>
/// or <c>/bin/true</c>) or keeps it from auto-loading (<c>blacklist NAME</c>), and on a live host it is not loaded now.
/// </summary>
public sealed partial class ModuleCheck : ICheck
{
    private static readonly string[] Folders = ["/etc/modprobe.d", "/run/modprobe.d", "/usr/lib/modprobe.d", "/lib/modprobe.d"];

    private ModuleCheck(string module) => Module = module;

    /// <summary>The kernel module name (dashes and underscores are the same to the kernel).</summary>
    public string Module { get; }

    /// <summary>Reads the check from <paramref name="map"/>.</summary>
    public static ModuleCheck? Parse(YamlMap map)
    {
        var name = map.Text("module", required: true);
        if (map.Flag("loadable") != false)
        {
            map.Problems.Add(new Sdk.ConfigProblem(map.Where("loadable"), "a module check needs loadable: false"));
            return null;
        }

        return name is null ? null : new ModuleCheck(name);
    }

    /// <inheritdoc />
    public string Describe() => $"{Module} cannot be loaded (install {Module} /bin/false, blacklist {Module})";

    /// <inheritdoc />
    public CheckOutcome Evaluate(CheckContext context)
    {
        var normal = Normal(Module);
        Evidence? install = null;
        Evidence? blacklist = null;
        foreach (var path in Folders.SelectMany(f => context.Files.Glob(f + "/*.conf")).Append("/etc/modprobe.conf"))
        {
            var text = context.Files.ReadText(path).Text;
            if (text is null)
            {
                continue;
            }

            var number = 0;
            foreach (var raw in text.Split('\n'))
            {
                number++;
                var fields = raw.Trim().Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
                if (fields.Length >= 2 && Normal(fields[1]) == normal)
                {
                    if (fields[0] == "install" && fields.Length >= 3 && Disabler().IsMatch(string.Join(' ', fields[2..])))
                    {
                        install ??= new Evidence(path, number, raw.Trim(), Describe());
                    }
                    else if (fields[0] == "blacklist")
                    {
                        blacklist ??= new Evidence(path, number, raw.Trim(), Describe());
                    }
                }
            }
        }

        if (context.Files.IsLive && context.Files.ReadText("/proc/modules").Text is { } loaded
            && loaded.Split('\n').Any(l => Normal(l.Split(' ')[0]) == normal))
        {
            return CheckOutcome.Failed($"{Module} is loaded in the running kernel", new Evidence("/proc/modules", 0, Module + " loaded", Describe()));
        }

        if (install is null && blacklist is null)
        {
            return CheckOutcome.Failed($"nothing in modprobe.d keeps {Module} from loading", new Evidence("/etc/modprobe.d", 0, "no install or blacklist line", Describe()));
        }

        if (install is null)
        {
            return CheckOutcome.Failed($"{blacklist!.File}:{blacklist.Line}: {Module} is blacklisted but can still be loaded on request (add install {Module} /bin/false)", blacklist);
        }

        return CheckOutcome.Passed($"{install.File}:{install.Line}: {install.Found}", install);
    }

    private static string Normal(string name) => name.Replace('-', '_');

    [GeneratedRegex(@"^(/usr)?/bin/(false|true)\b")]
    private static partial Regex Disabler();
}

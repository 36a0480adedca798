using Bulwark.Scanners.Host.Files;

namespace Bulwark.Scanners.Host.Inventory;

/// <summary>
/// The boot-time state of a systemd unit from the files alone (no running systemd needed, so a root tree works):
/// <list type="bullet">
/// <item>masked: the unit's name in /etc/systemd/system, /run/systemd/system or the vendor directories is a link to
/// /dev/null;</item>
/// <item>enabled: a link of that name sits in a <c>*.wants/</c> or <c>*.requires/</c> directory of /etc, /run or the
/// vendor directories (vendor links start a unit just as well), or, for <c>NAME.service</c>, <c>NAME.socket</c> is
/// enabled; a template <c>x@.service</c> counts as enabled when any instance <c>x@….service</c> is;</item>
/// <item>installed: the unit file exists in one of the unit directories; an alias link in /etc/systemd/system
/// (<c>sshd.service</c> → <c>ssh.service</c>) is followed to the unit it names;</item>
/// <item>SysV: with no unit file, /etc/init.d/NAME is the service and an <c>S</c> link in /etc/rc[2-5S].d enables it.</item>
/// </list>
/// </summary>
public static class SystemdUnits
{
    private static readonly string[] UnitDirectories =
        ["/etc/systemd/system", "/run/systemd/system", "/usr/local/lib/systemd/system", "/usr/lib/systemd/system", "/lib/systemd/system"];

    private static readonly string[] UnitTypes =
        [".service", ".socket", ".timer", ".target", ".mount", ".automount", ".path", ".swap", ".slice", ".scope", ".device"];

    /// <summary>The state of <paramref name="unit"/> (<c>.service</c> is added when it has no unit type).</summary>
    public static UnitState StateOf(IHostFiles files, string unit)
    {
        var name = Normalise(unit);
        if (name.Length == 0 || name.Contains('/'))
        {
            return UnitState.NotInstalled;
        }

        if (IsMasked(files, name))
        {
            return UnitState.Masked;
        }

        name = AliasTarget(files, name) ?? name;
        if (UnitFile(files, name) is null)
        {
            return SysV(files, name);
        }

        if (IsLinkedForBoot(files, name))
        {
            return UnitState.Enabled;
        }

        var socket = name.EndsWith(".service", StringComparison.Ordinal) ? name[..^".service".Length] + ".socket" : null;
        return socket is not null && !IsMasked(files, socket) && UnitFile(files, socket) is not null && IsLinkedForBoot(files, socket)
            ? UnitState.Enabled
            : UnitState.Disabled;
    }

    /// <summary><paramref name="unit"/> with <c>.service</c> added when it names no unit type.</summary>
    public static string Normalise(string unit)
    {
        var name = unit.Trim();
        return UnitTypes.Any(t => name.EndsWith(t, StringComparison.Ordinal)) ? name : name + ".service";
    }

    private static bool IsMasked(IHostFiles files, string name) =>
        UnitDirectories.Any(d => files.Stat($"{d}/{name}") is { Kind: HostFileKind.SymbolicLink, LinkTarget: "/dev/null" });

    private static string? UnitFile(IHostFiles files, string name)
    {
        var template = TemplateOf(name);
        return UnitDirectories
            .SelectMany(d => template is null ? [$"{d}/{name}"] : new[] { $"{d}/{name}", $"{d}/{template}" })
            .FirstOrDefault(p => files.Stat(p) is { Kind: HostFileKind.File or HostFileKind.SymbolicLink });
    }

    // /etc/systemd/system/sshd.service -> /lib/systemd/system/ssh.service: the alias names another unit.
    private static string? AliasTarget(IHostFiles files, string name)
    {
        if (files.Stat($"/etc/systemd/system/{name}") is not { Kind: HostFileKind.SymbolicLink, LinkTarget: { } target })
        {
            return null;
        }

        var targetName = AuditedPath.Name(target);
        return targetName != name && UnitTypes.Any(t => targetName.EndsWith(t, StringComparison.Ordinal)) ? targetName : null;
    }

    private static bool IsLinkedForBoot(IHostFiles files, string name)
    {
        var linkName = name.Contains("@.", StringComparison.Ordinal) ? name.Replace("@.", "@*.") : name;
        return UnitDirectories
            .SelectMany(d => new[] { $"{d}/*.wants/{linkName}", $"{d}/*.requires/{linkName}" })
            .Any(pattern => files.Glob(pattern).Count > 0);
    }

    // "getty@tty1.service" is an instance of "getty@.service"; null for units that are not instances.
    private static string? TemplateOf(string name)
    {
        var at = name.IndexOf('@');
        var dot = name.LastIndexOf('.');
        return at > 0 && dot > at + 1 ? name[..(at + 1)] + name[dot..] : null;
    }

    private static UnitState SysV(IHostFiles files, string name)
    {
        var script = name.EndsWith(".service", StringComparison.Ordinal) ? name[..^".service".Length] : null;
        if (script is null || files.Stat($"/etc/init.d/{script}") is null)
        {
            return UnitState.NotInstalled;
        }

        return files.Glob($"/etc/rc[2345S].d/S[0-9][0-9]{script}").Count > 0 || files.Glob($"/etc/rc[2345S].d/S{script}").Count > 0
            ? UnitState.Enabled
            : UnitState.Disabled;
    }
}

using System.Text.RegularExpressions;
using Bulwark.Scanners.Host.Benchmarks;
using Bulwark.Scanners.Host.Checks;
using Bulwark.Scanners.Host.Model;

namespace Bulwark.Scanners.Host.Remediation;

/// <summary>
/// The fix a check implies when its benchmark spells none out (README "Fixes"): idempotent modules only, writing
/// Bulwark's settings into files of their own (<c>/etc/sysctl.d/60-bulwark.conf</c>) where the program reads drop-ins.
/// A line that must not be there is never deleted mechanically: the line may carry more than the offending part
/// (a pam_unix line with <c>nullok</c>), so such checks need the benchmark's own fix.
/// </summary>
public static class DerivedFix
{
    /// <summary>The fix for a failed <paramref name="check"/>, given what the audit found.</summary>
    public static Fix For(ICheck check, CheckOutcome outcome, Benchmark benchmark) => check switch
    {
        SettingCheck setting => Setting(setting),
        SysctlCheck sysctl => Sysctl(sysctl),
        PackageCheck package => Package(package, benchmark.PackageManager),
        ServiceCheck service => Service(service),
        FileCheck file => File(file, outcome),
        ModuleCheck module => Module(module),
        _ => Fix.None("no mechanical fix: follow the remediation text"),
    };

    private static Fix Setting(SettingCheck check)
    {
        if (check.Expectation.WantsAbsent)
        {
            return new Fix([Task("ansible.builtin.lineinfile", ("path", check.Path), ("regexp", KeyLine(check)), ("state", "absent"))],
                [SedDelete(check, check.Path)]);
        }

        if (check.Expectation.FixValue is not { } value)
        {
            return Fix.None($"no single value satisfies {check.Expectation.Describe()}: follow the remediation text");
        }

        switch (check.Syntax.Name)
        {
            case "sshd":
                // sshd takes the first value it reads: the line goes to the top, before any Include of drop-ins.
                var key = SshdKeyword(check.Key);
                return new Fix(
                    [
                        Task("ansible.builtin.lineinfile", ("path", check.Path), ("regexp", KeyLine(check)), ("state", "absent")),
                        Task("ansible.builtin.lineinfile", ("path", check.Path), ("line", $"{key} {value}"), ("insertbefore", "BOF"), ("validate", "/usr/sbin/sshd -t -f %s")),
                    ],
                    [SedDelete(check, check.Path), $"sed -i '1i {key} {value}' {Quote(check.Path)}", "sshd -t && systemctl reload ssh"]);
            case "sudoers":
                var name = check.Key.StartsWith("defaults:", StringComparison.Ordinal) ? check.Key["defaults:".Length..] : check.Key;
                var line = value == "true" ? $"Defaults {name}" : value == "false" ? $"Defaults !{name}" : $"Defaults {name}={value}";
                return new Fix([Task("ansible.builtin.lineinfile", ("path", "/etc/sudoers.d/50-bulwark"), ("line", line), ("create", true), ("mode", "0440"), ("validate", "/usr/sbin/visudo -cf %s"))],
                    [$"echo '{line}' >> /etc/sudoers.d/50-bulwark", "chmod 0440 /etc/sudoers.d/50-bulwark", "visudo -c"]);
            case "systemd" when check.Key.Contains('.', StringComparison.Ordinal):
                var section = check.Key[..check.Key.IndexOf('.', StringComparison.Ordinal)];
                var option = check.Key[(section.Length + 1)..];
                var dropIn = check.Path + ".d/60-bulwark.conf";
                return new Fix([Task("community.general.ini_file", ("path", dropIn), ("section", section), ("option", option), ("value", value), ("no_extra_spaces", true), ("create", true), ("mode", "0644"))],
                    [$"mkdir -p {Quote(check.Path + ".d")}", $"printf '[{section}]\\n{option}={value}\\n' >> {Quote(dropIn)}"]);
            case "pam":
                return Fix.None("PAM stacks are changed with pam-auth-update or authselect: follow the remediation text");
            default:
                var separator = check.Syntax.Name is "equals" ? " = " : " ";
                return new Fix([Task("ansible.builtin.lineinfile", ("path", check.Path), ("regexp", KeyLine(check)), ("line", $"{check.Key}{separator}{value}"), ("create", true))],
                    [SedDelete(check, check.Path), $"echo '{check.Key}{separator}{value}' >> {Quote(check.Path)}"]);
        }
    }

    private static Fix Sysctl(SysctlCheck check) => check.Expectation.FixValue is not { } value
        ? Fix.None($"no single value satisfies {check.Expectation.Describe()}: follow the remediation text")
        : new Fix([Task("ansible.posix.sysctl", ("name", check.Key), ("value", value), ("sysctl_file", "/etc/sysctl.d/60-bulwark.conf"), ("reload", true))],
            [$"echo '{check.Key} = {value}' >> /etc/sysctl.d/60-bulwark.conf", $"sysctl -w {check.Key}={value}"]);

    private static Fix Package(PackageCheck check, string manager)
    {
        var state = check.Installed ? "present" : "absent";
        IReadOnlyList<string> names = check.Installed ? [check.Names[0]] : check.Names;
        var shell = manager == "dnf"
            ? $"dnf -y {(check.Installed ? "install" : "remove")} {string.Join(' ', names)}"
            : $"DEBIAN_FRONTEND=noninteractive apt-get -y {(check.Installed ? "install" : "purge")} {string.Join(' ', names)}";
        return manager == "dnf"
            ? new Fix([Task("ansible.builtin.dnf", ("name", names), ("state", state))], [shell])
            : new Fix([Task("ansible.builtin.apt", ("name", names), ("state", state), ("purge", !check.Installed))], [shell]);
    }

    private static Fix Service(ServiceCheck check) => check.State == "enabled"
        ? new Fix([Task("ansible.builtin.systemd", ("name", check.Unit), ("enabled", true), ("state", "started"))], [$"systemctl enable --now {check.Unit}"])
        : new Fix([Task("ansible.builtin.systemd", ("name", check.Unit), ("enabled", false), ("masked", check.State != "disabled"), ("state", "stopped"))],
            [$"systemctl disable --now {check.Unit} 2>/dev/null || true", .. check.State != "disabled" ? new[] { $"systemctl mask {check.Unit}" } : []]);

    private static Fix File(FileCheck check, CheckOutcome outcome)
    {
        var paths = outcome.Evidence.Select(e => e.File).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        if (check.Exists == true)
        {
            return Fix.None($"{check.Path} must be created with the right content: follow the remediation text");
        }

        if (check.Exists == false)
        {
            return new Fix([.. paths.Select(p => Task("ansible.builtin.file", ("path", p), ("state", "absent")))], [.. paths.Select(p => $"rm -f -- {Quote(p)}")]);
        }

        var tasks = new List<FixTask>();
        var shell = new List<string>();
        foreach (var path in paths)
        {
            var arguments = new List<(string, object)> { ("path", path) };
            if (check.Mode is { } mode)
            {
                // "At most": clear the bits beyond the allowed mode, keep the rest (u=rw,g=r style symbolic modes do that).
                arguments.Add(("mode", Symbolic(mode)));
                shell.Add($"chmod {Symbolic(mode)} -- {Quote(path)}");
            }

            if (check.Owner is not null)
            {
                arguments.Add(("owner", check.Owner));
            }

            if (check.Group is not null)
            {
                arguments.Add(("group", check.Group));
            }

            if (check.Owner is not null || check.Group is not null)
            {
                shell.Add($"chown {check.Owner ?? ""}{(check.Group is null ? "" : ":" + check.Group)} -- {Quote(path)}");
            }

            tasks.Add(Task("ansible.builtin.file", [.. arguments]));
        }

        return new Fix(tasks, shell);
    }

    private static Fix Module(ModuleCheck check)
    {
        var path = $"/etc/modprobe.d/bulwark-{check.Module}.conf";
        var content = $"install {check.Module} /bin/false\nblacklist {check.Module}\n";
        return new Fix(
            [Task("ansible.builtin.copy", ("dest", path), ("content", content), ("owner", "root"), ("group", "root"), ("mode", "0644"))],
            [$"printf 'install {check.Module} /bin/false\\nblacklist {check.Module}\\n' > {path}", $"modprobe -r {check.Module} 2>/dev/null || true"]);
    }

    // "u=rw,g=r,o=" keeps nothing beyond the mode, as "at most" requires; setuid/setgid/sticky only when allowed.
    private static string Symbolic(int mode)
    {
        static string Bits(int bits) => ((bits & 4) != 0 ? "r" : "") + ((bits & 2) != 0 ? "w" : "") + ((bits & 1) != 0 ? "x" : "");
        return $"u={Bits(mode >> 6)},g={Bits(mode >> 3)},o={Bits(mode)}";
    }

    private static string KeyLine(SettingCheck check) =>
        check.Syntax.Name == "sshd" ? $"(?i)^\\s*{Regex.Escape(check.Key)}(\\s|=)" : $"^\\s*{Regex.Escape(check.Key)}(\\s|=)";

    // sed has no inline (?i): case-insensitive deletion is its I flag.
    private static string SedDelete(SettingCheck check, string path) =>
        check.Syntax.Name == "sshd"
            ? $"sed -i -E '/{SedEscape(KeyLine(check))}/Id' {Quote(path)}"
            : $"sed -i -E '/{SedEscape(KeyLine(check))}/d' {Quote(path)}";

    private static string SshdKeyword(string lower) => SshdKeywords.Canonical(lower);

    private static string SedEscape(string regex) => regex.Replace("(?i)", "", StringComparison.Ordinal).Replace("/", "\\/", StringComparison.Ordinal).Replace("'", "'\\''", StringComparison.Ordinal);

    private static string Quote(string path) => "'" + path.Replace("'", "'\\''", StringComparison.Ordinal) + "'";

    private static FixTask Task(string module, params (string Key, object Value)[] arguments) =>
        new(module, arguments.ToDictionary(a => a.Key, a => a.Value, StringComparer.Ordinal));
}

using System.Diagnostics;
using System.Text.RegularExpressions;
using Bulwark.Scanners.Host.Files;

namespace Bulwark.Scanners.Host.Commands;

/// <summary>
/// The only commands a benchmark can run, and only on a live host: each name maps to a fixed program and arguments,
/// found in /usr/sbin, /usr/bin, /sbin or /bin (never through PATH), started without a shell, with <c>LC_ALL=C</c>,
/// and killed after 5 seconds. <c>systemctl-is-enabled:UNIT</c> takes a unit name made of the characters unit names
/// use. Anything else is refused.
/// </summary>
public static partial class AllowedCommands
{
    /// <summary>The longest a command may run.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    /// <summary>The prefix of the one parameterised name.</summary>
    public const string IsEnabledPrefix = "systemctl-is-enabled:";

    private static readonly string[] ProgramDirectories = ["/usr/sbin", "/usr/bin", "/sbin", "/bin"];

    private static readonly Dictionary<string, AllowedCommand> Fixed = new(StringComparer.Ordinal)
    {
        ["firewalld-state"] = new("firewall-cmd", ["--state"]),
        ["ip6tables-save"] = new("ip6tables-save", []),
        ["iptables-save"] = new("iptables-save", []),
        ["nft-ruleset"] = new("nft", ["list", "ruleset"]),
        ["ufw-status"] = new("ufw", ["status", "verbose"]),
    };

    /// <summary>The names accepted, sorted; <c>systemctl-is-enabled:UNIT</c> stands for every unit.</summary>
    public static IReadOnlyList<string> Names { get; } = Fixed.Keys.Append(IsEnabledPrefix + "UNIT").Order(StringComparer.Ordinal).ToList();

    /// <summary>
    /// The standard output of the command called <paramref name="name"/>, or null when the host is not live, the name is
    /// not on the list, the program is not installed, it could not start, it timed out, or it failed without output.
    /// A command that exits non-zero but prints something (<c>systemctl is-enabled</c> printing <c>disabled</c>,
    /// <c>firewall-cmd --state</c> printing <c>not running</c>) returns what it printed.
    /// </summary>
    public static string? Run(string name, IHostFiles files)
    {
        if (!files.IsLive || Resolve(name) is not { } command)
        {
            return null;
        }

        var program = ProgramDirectories.Select(d => Path.Join(d, command.Program)).FirstOrDefault(File.Exists);
        return program is null ? null : Execute(program, command.Arguments, Timeout);
    }

    /// <summary>The program and arguments for <paramref name="name"/>, or null when it is not allowed.</summary>
    internal static AllowedCommand? Resolve(string name)
    {
        if (Fixed.TryGetValue(name, out var command))
        {
            return command;
        }

        if (!name.StartsWith(IsEnabledPrefix, StringComparison.Ordinal))
        {
            return null;
        }

        var unit = name[IsEnabledPrefix.Length..];
        return UnitName().IsMatch(unit) ? new AllowedCommand("systemctl", ["is-enabled", "--", unit]) : null;
    }

    /// <summary>Runs <paramref name="program"/> with <paramref name="arguments"/>, no shell, killed after <paramref name="timeout"/>.</summary>
    internal static string? Execute(string program, IReadOnlyList<string> arguments, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["LC_ALL"] = "C";
        try
        {
            using var process = Process.Start(start);
            if (process is null)
            {
                return null;
            }

            process.StandardInput.Close();
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(timeout))
            {
                process.Kill(entireProcessTree: true);
                return null;
            }

            process.WaitForExit();
            var text = output.GetAwaiter().GetResult();
            _ = error.GetAwaiter().GetResult();
            return process.ExitCode == 0 || text.Trim().Length > 0 ? text : null;
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException or IOException)
        {
            return null;
        }
    }

    // Unit names: letters, digits and ":-_.\@", not starting with '-', at most 255 characters (systemd's limit).
    [GeneratedRegex(@"^[A-Za-z0-9:_.\\@][A-Za-z0-9:_.\\@-]{0,254}$")]
    private static partial Regex UnitName();
}

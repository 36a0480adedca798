using Bulwark.Rules;
using Bulwark.Scanners.Host.Config;
using Bulwark.Scanners.Host.Model;

namespace Bulwark.Scanners.Host.Checks;

/// <summary>
/// <c>sysctl: KEY</c>: the value the sysctl.d files set at boot (systemd's order, last wins) and, on a live host,
/// the value in /proc/sys now. Both must satisfy the expectation: a setting lost at reboot is as bad as one never made.
/// </summary>
public sealed class SysctlCheck : ICheck
{
    private SysctlCheck(string key, ValueExpectation expectation)
    {
        Key = key;
        Expectation = expectation;
    }

    /// <summary>The dotted key.</summary>
    public string Key { get; }

    /// <summary>What the value must be.</summary>
    public ValueExpectation Expectation { get; }

    /// <summary>Reads the check from <paramref name="map"/>.</summary>
    public static SysctlCheck? Parse(YamlMap map)
    {
        var key = map.Text("sysctl", required: true)?.Replace('/', '.');
        var expectation = ValueExpectation.Read(map, ignoreCase: false);
        return key is null || expectation is null ? null : new SysctlCheck(key, expectation);
    }

    /// <inheritdoc />
    public string Describe() => $"{Key} = {Expectation.Describe()}";

    /// <inheritdoc />
    public CheckOutcome Evaluate(CheckContext context)
    {
        var syntax = ConfigSyntaxes.For("sysctl")!;
        var read = context.Config(syntax, "/etc/sysctl.conf");
        var entry = syntax.Effective(read.Entries, Key);
        var configured = entry is null
            ? new Evidence("/etc/sysctl.d", 0, $"{Key} not set", Describe())
            : new Evidence(entry.File, entry.Line, $"{Key} = {entry.Value}", Describe());
        if (!Expectation.IsMetBy(entry?.Value))
        {
            return CheckOutcome.Failed(entry is null ? $"{Key} is not set in /etc/sysctl.conf or sysctl.d (required: {Expectation.Describe()})" : $"{entry.File}:{entry.Line}: {Key} = {entry.Value} (required: {Expectation.Describe()})", configured);
        }

        if (context.Files.IsLive)
        {
            var proc = "/proc/sys/" + Key.Replace('.', '/');
            var now = context.Files.ReadText(proc).Text?.Trim();
            if (now is not null && !Expectation.IsMetBy(now.Replace('\t', ' ')))
            {
                return CheckOutcome.Failed($"{Key} is {now} in the running kernel although {configured.File} sets {entry!.Value}: reload with sysctl --system",
                    new Evidence(proc, 0, $"{Key} = {now}", Describe()), configured);
            }
        }

        return CheckOutcome.Passed($"{configured.File}:{configured.Line}: {configured.Found}", configured);
    }
}

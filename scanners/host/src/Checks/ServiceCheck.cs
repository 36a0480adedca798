using Bulwark.Rules;
using Bulwark.Scanners.Host.Inventory;
using Bulwark.Scanners.Host.Model;
using Bulwark.Sdk;

namespace Bulwark.Scanners.Host.Checks;

/// <summary><c>service: NAME</c> with <c>state: enabled|disabled|masked|disabled-or-masked</c>, from systemd's unit links.</summary>
public sealed class ServiceCheck : ICheck
{
    private static readonly string[] States = ["enabled", "disabled", "masked", "disabled-or-masked"];

    private ServiceCheck(string unit, string state)
    {
        Unit = unit;
        State = state;
    }

    /// <summary>The unit, with its suffix (<c>avahi-daemon.service</c>).</summary>
    public string Unit { get; }

    /// <summary>The state required.</summary>
    public string State { get; }

    /// <summary>Reads the check from <paramref name="map"/>.</summary>
    public static ServiceCheck? Parse(YamlMap map)
    {
        var name = map.Text("service", required: true);
        var state = map.Text("state", required: true);
        if (state is not null && !States.Contains(state))
        {
            map.Problems.Add(new ConfigProblem(map.Where("state"), $"state must be one of {string.Join(", ", States)}, not '{state}'"));
            return null;
        }

        if (name is null || state is null)
        {
            return null;
        }

        return new ServiceCheck(name.Contains('.', StringComparison.Ordinal) ? name : name + ".service", state);
    }

    /// <inheritdoc />
    public string Describe() => $"{Unit} {State}";

    /// <inheritdoc />
    public CheckOutcome Evaluate(CheckContext context)
    {
        var actual = SystemdUnits.StateOf(context.Files, Unit);
        var found = actual switch
        {
            UnitState.NotInstalled => "not installed",
            UnitState.Masked => "masked",
            UnitState.Enabled => "enabled",
            _ => "disabled",
        };
        var ok = State switch
        {
            "enabled" => actual == UnitState.Enabled,
            "masked" => actual == UnitState.Masked,
            "disabled" => actual is UnitState.Disabled or UnitState.NotInstalled or UnitState.Masked,
            _ => actual is UnitState.Disabled or UnitState.NotInstalled or UnitState.Masked,
        };
        var evidence = new Evidence("/etc/systemd/system", 0, $"{Unit} {found}", Describe());
        return ok ? CheckOutcome.Passed($"{Unit} is {found}", evidence) : CheckOutcome.Failed($"{Unit} is {found} (required: {State})", evidence);
    }
}

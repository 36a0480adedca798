using Bulwark.Rules;
using Bulwark.Scanners.Host.Firewall;
using Bulwark.Scanners.Host.Model;

namespace Bulwark.Scanners.Host.Checks;

/// <summary><c>firewall: default-deny-inbound</c>: some host firewall is enabled and drops inbound traffic by default.</summary>
public sealed class FirewallPolicyCheck : ICheck
{
    /// <summary>Reads the check from <paramref name="map"/>.</summary>
    public static FirewallPolicyCheck? Parse(YamlMap map)
    {
        var kind = map.Text("firewall", required: true);
        if (kind != "default-deny-inbound")
        {
            map.Problems.Add(new Sdk.ConfigProblem(map.Where("firewall"), $"firewall must be default-deny-inbound, not '{kind}'"));
            return null;
        }

        return new FirewallPolicyCheck();
    }

    /// <inheritdoc />
    public string Describe() => "a host firewall is enabled with a default-deny inbound policy";

    /// <inheritdoc />
    public CheckOutcome Evaluate(CheckContext context) => FirewallCheck.Evaluate(context.Files, context.Command);
}

using Bulwark.Scanners.Iac.Yaml;
using Bulwark.Scanners.Iac.Model;

namespace Bulwark.Scanners.Iac.Compose;

/// <summary>
/// A service's attributes in the shape rules read: <c>environment</c> as an object, <c>volumes</c> entries as
/// objects, and <c>publishedPorts</c> beside <c>ports</c>; everything else as written.
/// </summary>
internal static class ComposeService
{
    /// <summary>The attributes of a service written as <paramref name="service"/>.</summary>
    public static IacObject Normalise(IacObject service)
    {
        var members = new List<IacMember>();
        foreach (var member in service.Members)
        {
            switch (member.Key)
            {
                case "environment":
                    members.Add(member with { Value = ComposeEnvironment.Normalise(member.Value) });
                    break;
                case "volumes" when member.Value is IacList volumes:
                    members.Add(member with { Value = volumes with { Items = volumes.Items.Select(ComposeVolumes.Normalise).ToList() } });
                    break;
                case "ports" when member.Value is IacList ports:
                    members.Add(member);
                    members.Add(new IacMember("publishedPorts", member.KeyRange, new IacList(ports.Items.Select(ComposePorts.Parse).ToList()) { Range = ports.Range }));
                    break;
                case "publishedPorts":
                    // Not a Compose key; the name is taken by the parsed form of ports.
                    break;
                default:
                    members.Add(member);
                    break;
            }
        }

        return service with { Members = members };
    }
}

using Bulwark.Scanners.Iac.Model;
using Bulwark.Scanners.Iac.Yaml;
using YamlDotNet.RepresentationModel;

namespace Bulwark.Scanners.Iac.Ansible;

/// <summary>Ansible's own YAML tags: <c>!vault</c> (encrypted, so unknown) and <c>!unsafe</c> (text never templated).</summary>
internal static class AnsibleTags
{
    /// <summary>Converts <paramref name="node"/>, reading Ansible's tags.</summary>
    public static IacValue Convert(YamlNode node) => YamlConversion.ToIac(node, Claim);

    private static IacValue? Claim(YamlNode node) => (node.Tag.Value, node) switch
    {
        ("!vault", _) => new IacUnknown("an Ansible Vault encrypted value") { Range = YamlConversion.RangeOf(node) },
        ("!unsafe", YamlScalarNode scalar) => new IacString(scalar.Value ?? "") { Range = YamlConversion.RangeOf(node), Origin = AnsibleValues.Unsafe },
        _ => null,
    };
}

using Bulwark.Scanners.Iac.Hcl.Terraform;
using Bulwark.Scanners.Iac.Model;
using Bulwark.Scanners.Iac.Scanning;

namespace Bulwark.Scanners.Iac.Tests.Terraform;

/// <summary>Loads an in-memory Terraform tree and finds resources and attributes in the result.</summary>
internal static class TerraformFixture
{
    public static IReadOnlyList<IacDocument> Load(params (string Path, string Text)[] files) =>
        TerraformProject.Load(files.Select(f => new IacInput(f.Path, f.Text)).ToList());

    public static IReadOnlyList<IacResource> Resources(params (string Path, string Text)[] files) =>
        Load(files).SelectMany(d => d.Resources).ToList();

    public static IacResource Single(IEnumerable<IacResource> resources, string address) =>
        resources.Single(r => r.Address == address);

    /// <summary>The value at a dotted path (<c>ingress.0.cidr_blocks.1</c>).</summary>
    public static IacValue? At(IacResource resource, string path)
    {
        IacValue? value = resource.Attributes;
        foreach (var step in path.Split('.'))
        {
            value = value switch
            {
                IacObject obj => obj[step],
                IacList list when int.TryParse(step, out var i) && i < list.Items.Count => list.Items[i],
                _ => null,
            };
        }

        return value;
    }

    public static string? Text(IacResource resource, string path) => At(resource, path) is IacString s ? s.Value : null;
}

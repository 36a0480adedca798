using System.Globalization;
using Bulwark.Scanners.Iac.Ansible;
using Bulwark.Scanners.Iac.Model;

namespace Bulwark.Scanners.Iac.Tests.Ansible;

/// <summary>Helpers for reading loaded playbooks in tests.</summary>
internal static class AnsibleTestValues
{
    public static IacDocument Load(string yaml, string path = "site.yml") => AnsibleLoader.Load(path, yaml);

    public static IacResource Task(this IacDocument document, string name) => Assert.Single(document.Resources, r => r.Name == name);

    /// <summary>The value at a dotted path (list items by index); null when absent.</summary>
    public static IacValue? At(this IacResource resource, string path)
    {
        IacValue? current = resource.Attributes;
        foreach (var step in path.Split('.'))
        {
            current = current switch
            {
                IacObject o => o[step],
                IacList l when int.TryParse(step, CultureInfo.InvariantCulture, out var i) && i < l.Items.Count => l.Items[i],
                _ => null,
            };
        }

        return current;
    }

    /// <summary>A compact rendering: strings bare, lists in brackets, unknowns as ?.</summary>
    public static string Show(IacValue? value) => value switch
    {
        null => "(absent)",
        IacUnknown => "?",
        IacString s => s.Value,
        IacList l => "[" + string.Join(",", l.Items.Select(Show)) + "]",
        IacObject o => "{" + string.Join(",", o.Members.Select(m => m.Key + ":" + Show(m.Value))) + "}",
        _ => value.Describe(),
    };

    public static (int Line, int Column) Start(IacValue? value) => (value!.Range.StartLine, value.Range.StartColumn);
}

using System.Globalization;
using Bulwark.Scanners.Iac.Compose;
using Bulwark.Scanners.Iac.Model;

namespace Bulwark.Scanners.Iac.Tests.Compose;

/// <summary>Helpers for reading loaded Compose files in tests.</summary>
internal static class ComposeTestValues
{
    public static IacDocument Load(string yaml, string path = "docker-compose.yml") => ComposeLoader.Load(path, yaml);

    public static IacResource Service(this IacDocument document, string name) =>
        Assert.Single(document.Resources, r => r.Type == "compose_service" && r.Name == name);

    /// <summary>The value at a dotted path (list items by index); null when absent.</summary>
    public static IacValue? At(this IacValue value, string path)
    {
        IacValue? current = value;
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

    public static IacValue? At(this IacResource resource, string path) => resource.Attributes.At(path);

    /// <summary>The line the value at <paramref name="path"/> is written on (what a finding on it points at).</summary>
    public static int Line(this IacResource resource, string path) =>
        (resource.At(path) ?? throw new Xunit.Sdk.XunitException($"{resource.Address} has no {path}")).Range.StartLine;

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
}

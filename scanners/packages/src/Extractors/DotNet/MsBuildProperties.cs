using System.Text.RegularExpressions;
using Bulwark.Scanners.Packages.Formats.Xml;

namespace Bulwark.Scanners.Packages.Extractors.DotNet;

/// <summary>
/// The static properties of a project and the props files it imports (<c>&lt;PropertyGroup&gt;</c> children,
/// conditions not evaluated, later definitions winning as in MSBuild's property pass), for expanding
/// <c>$(Name)</c> in versions. Property functions (<c>$([…])</c>) are not evaluated.
/// </summary>
internal sealed partial class MsBuildProperties
{
    private const int MaxDepth = 10;
    private readonly Dictionary<string, string> values = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Adds the properties defined in <paramref name="project"/> (outside targets), overriding earlier ones.</summary>
    public void AddFrom(XmlLineElement project)
    {
        foreach (var group in project.Children.Where(c => c.Name.Equals("PropertyGroup", StringComparison.OrdinalIgnoreCase)))
        {
            foreach (var property in group.Children)
            {
                values[property.Name] = property.Text;
            }
        }
    }

    /// <summary>
    /// <paramref name="text"/> with every <c>$(Name)</c> replaced; or, when a property is not defined (or is a
    /// property function), null and the first reference that could not be expanded.
    /// </summary>
    public (string? Value, string? Missing) Expand(string text)
    {
        for (var depth = 0; depth < MaxDepth && text.Contains("$(", StringComparison.Ordinal); depth++)
        {
            string? missing = null;
            text = Reference().Replace(text, m =>
            {
                if (values.TryGetValue(m.Groups["name"].Value, out var value))
                {
                    return value;
                }

                missing ??= m.Value;
                return m.Value;
            });
            if (missing is not null)
            {
                return (null, missing);
            }
        }

        return text.Contains("$(", StringComparison.Ordinal) ? (null, text[text.IndexOf("$(", StringComparison.Ordinal)..]) : (text, null);
    }

    [GeneratedRegex(@"\$\((?<name>[A-Za-z_][A-Za-z0-9_.\-]*)\)")]
    private static partial Regex Reference();
}

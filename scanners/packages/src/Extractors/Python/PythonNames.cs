using System.Text;
using Bulwark.Scanners.Packages.Model;

namespace Bulwark.Scanners.Packages.Extractors.Python;

/// <summary>Python package names compared the way pip compares them (PEP 503), for resolving references inside one lockfile.</summary>
internal static class PythonNames
{
    /// <summary>Lower case, with every run of <c>-</c>, <c>_</c> and <c>.</c> made one <c>-</c>: <c>Zope.Interface</c> → <c>zope-interface</c>.</summary>
    public static string Normalise(string name)
    {
        var text = new StringBuilder(name.Length);
        foreach (var c in name.Trim())
        {
            if (c is '-' or '_' or '.')
            {
                if (text.Length == 0 || text[^1] != '-')
                {
                    text.Append('-');
                }
            }
            else
            {
                text.Append(char.ToLowerInvariant(c));
            }
        }

        return text.ToString();
    }

    /// <summary>
    /// The purl of a PyPI package, its name normalised as PEP 503 says (<c>Foo_Bar.baz</c> → <c>foo-bar-baz</c>):
    /// the purl spec asks for the name pip compares by, and <see cref="Model.Purl.For"/> only lowercases and
    /// turns <c>_</c> into <c>-</c>, so <c>zope.interface</c> and <c>Zope_Interface</c> would otherwise differ.
    /// </summary>
    public static string Purl(string name, string version) => Model.Purl.For(Ecosystems.PyPI, Normalise(name), version);
}

using System.Text;

namespace Bulwark.Scanners.Packages.Model;

/// <summary>
/// Package URLs (the purl specification): <c>pkg:TYPE/NAMESPACE/NAME@VERSION?QUALIFIERS</c>, with each
/// ecosystem's rules for splitting a name into namespace and name and for normalising case, and every part
/// percent-encoded. SBOMs and reports identify components by these.
/// </summary>
public static class Purl
{
    /// <summary>The purl of a package of <paramref name="ecosystem"/> (OSV ecosystem name, no release).</summary>
    /// <param name="ecosystem">The ecosystem.</param>
    /// <param name="name">The name as the ecosystem writes it.</param>
    /// <param name="version">The version, or empty for none.</param>
    /// <param name="qualifiers">Extra qualifiers (<c>arch</c>, <c>distro</c>, <c>epoch</c>); sorted and encoded here.</param>
    public static string For(string ecosystem, string name, string version, IReadOnlyDictionary<string, string>? qualifiers = null)
    {
        var (type, space, bare) = ecosystem switch
        {
            Ecosystems.Npm => ("npm", name.StartsWith('@') && name.Contains('/') ? name[..name.IndexOf('/')] : null, name.StartsWith('@') && name.Contains('/') ? name[(name.IndexOf('/') + 1)..] : name),
            Ecosystems.PyPI => ("pypi", null, Matching.PackageNames.Normalise(Ecosystems.PyPI, name)),
            Ecosystems.Maven => ("maven", name.Contains(':') ? name[..name.IndexOf(':')] : null, name.Contains(':') ? name[(name.IndexOf(':') + 1)..] : name),
            Ecosystems.Go => ("golang", name.Contains('/') ? name[..name.LastIndexOf('/')] : null, name.Contains('/') ? name[(name.LastIndexOf('/') + 1)..] : name),
            Ecosystems.CratesIo => ("cargo", null, name),
            Ecosystems.NuGet => ("nuget", null, name),
            Ecosystems.RubyGems => ("gem", null, name),
            Ecosystems.Packagist => ("composer", name.Contains('/') ? name[..name.IndexOf('/')].ToLowerInvariant() : null, name.Contains('/') ? name[(name.IndexOf('/') + 1)..].ToLowerInvariant() : name.ToLowerInvariant()),
            Ecosystems.Debian => ("deb", "debian", name),
            Ecosystems.Ubuntu => ("deb", "ubuntu", name),
            Ecosystems.Alpine => ("apk", "alpine", name),
            Ecosystems.RedHat => ("rpm", "redhat", name),
            Ecosystems.AlmaLinux => ("rpm", "almalinux", name),
            Ecosystems.RockyLinux => ("rpm", "rocky-linux", name),
            Ecosystems.OpenSuse => ("rpm", "opensuse", name),
            Ecosystems.Suse => ("rpm", "suse", name),
            _ => ("generic", null, name),
        };

        var text = new StringBuilder("pkg:").Append(type).Append('/');
        if (space is not null)
        {
            foreach (var segment in space.Split('/', StringSplitOptions.RemoveEmptyEntries))
            {
                text.Append(Encode(segment)).Append('/');
            }
        }

        text.Append(Encode(bare));
        if (version.Length > 0)
        {
            text.Append('@').Append(Encode(version, keepColon: true));
        }

        if (qualifiers is { Count: > 0 })
        {
            text.Append('?').AppendJoin('&', qualifiers.Where(q => q.Value.Length > 0).OrderBy(q => q.Key, StringComparer.Ordinal)
                .Select(q => q.Key.ToLowerInvariant() + "=" + Encode(q.Value, keepColon: true)));
        }

        return text.ToString();
    }

    /// <summary>Percent-encodes everything but letters, digits and <c>.-_~</c> (and <c>:</c> where the spec allows it).</summary>
    public static string Encode(string part, bool keepColon = false)
    {
        var text = new StringBuilder(part.Length);
        foreach (var b in Encoding.UTF8.GetBytes(part))
        {
            var c = (char)b;
            if (char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' or '~' || (keepColon && c == ':'))
            {
                text.Append(c);
            }
            else
            {
                text.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return text.ToString();
    }
}

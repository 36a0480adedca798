using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace Bulwark.Scanners.Packages.Sbom;

/// <summary>
/// Parses package URLs the way the purl specification's "how to parse" section reads them: from the right,
/// subpath after <c>#</c>, qualifiers after <c>?</c>, then the type, the version after the last <c>@</c>, the name
/// after the last <c>/</c>, and the namespace before it. Each part is percent-decoded; types whose names are
/// case-insensitive (pypi, composer, github, bitbucket) are normalised as the spec asks.
/// </summary>
public static class PurlParser
{
    /// <summary>Parses <paramref name="text"/>; on failure <paramref name="error"/> says what is wrong with it.</summary>
    public static bool TryParse(string text, [NotNullWhen(true)] out PackageUrl? purl, out string error)
    {
        var reason = Parse(text.Trim(), out purl);
        error = reason is null ? "" : $"'{text}' is not a valid package URL: {reason}";
        return reason is null;
    }

    private static string? Parse(string rest, out PackageUrl? purl)
    {
        purl = null;
        if (!rest.StartsWith("pkg:", StringComparison.OrdinalIgnoreCase))
        {
            return "it does not start with 'pkg:'";
        }

        rest = rest[4..].TrimStart('/');
        string? subpath = null;
        if (rest.LastIndexOf('#') is var hash and >= 0)
        {
            if (DecodePath(rest[(hash + 1)..], dropDots: true, out subpath) is { } bad)
            {
                return bad;
            }

            rest = rest[..hash];
        }

        var qualifiers = new Dictionary<string, string>(StringComparer.Ordinal);
        if (rest.LastIndexOf('?') is var question and >= 0)
        {
            if (Qualifiers(rest[(question + 1)..], qualifiers) is { } bad)
            {
                return bad;
            }

            rest = rest[..question];
        }

        rest = rest.Trim('/');
        var slash = rest.IndexOf('/');
        if (slash <= 0)
        {
            return "it has no type and name ('pkg:type/name')";
        }

        var type = rest[..slash].ToLowerInvariant();
        if (!ValidType(type))
        {
            return $"'{type}' is not a valid type (letters, digits, '.', '+' and '-', not starting with a digit)";
        }

        rest = rest[(slash + 1)..];

        // An '@' only separates the version when it comes after the last '/': pkg:npm/@babel/core has no version.
        string? version = null;
        if (rest.LastIndexOf('@') is var at and >= 0 && at > rest.LastIndexOf('/'))
        {
            if (Decode(rest[(at + 1)..], out var decoded) is { } bad)
            {
                return bad;
            }

            version = decoded.Length == 0 ? null : decoded;
            rest = rest[..at];
        }

        rest = rest.TrimEnd('/');
        var nameStart = rest.LastIndexOf('/') + 1;
        var badName = Decode(rest[nameStart..], out var name);
        var badSpace = DecodePath(rest[..Math.Max(0, nameStart - 1)], dropDots: false, out var space);
        if ((badName ?? badSpace) is { } invalid)
        {
            return invalid;
        }

        if (name.Length == 0)
        {
            return "it has no name";
        }

        (space, name) = Normalise(type, space, name);
        purl = new PackageUrl { Type = type, Namespace = space, Name = name, Version = version, Qualifiers = qualifiers, Subpath = subpath };
        return null;
    }

    private static (string? Namespace, string Name) Normalise(string type, string? space, string name) => type switch
    {
        "pypi" => (space, name.ToLowerInvariant().Replace('_', '-')),
        "composer" or "github" or "bitbucket" => (space?.ToLowerInvariant(), name.ToLowerInvariant()),
        _ => (space, name),
    };

    private static string? Qualifiers(string text, Dictionary<string, string> qualifiers)
    {
        foreach (var pair in text.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=');
            var key = (equals < 0 ? pair : pair[..equals]).ToLowerInvariant();
            if (equals <= 0 || !ValidKey(key))
            {
                return $"the qualifier '{pair}' is not key=value with a key of letters, digits, '.', '-' or '_'";
            }

            if (Decode(pair[(equals + 1)..], out var value) is { } bad)
            {
                return bad;
            }

            if (value.Length > 0 && !qualifiers.TryAdd(key, value))
            {
                return $"the qualifier '{key}' appears twice";
            }
        }

        return null;
    }

    private static string? DecodePath(string text, bool dropDots, out string? path)
    {
        path = null;
        var segments = new List<string>();
        foreach (var raw in text.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            if (Decode(raw, out var segment) is { } bad)
            {
                return bad;
            }

            if (!dropDots || segment is not ("." or ".."))
            {
                segments.Add(segment);
            }
        }

        path = segments.Count == 0 ? null : string.Join('/', segments);
        return null;
    }

    /// <summary>Percent-decodes <paramref name="text"/> as UTF-8; a '%' not followed by two hex digits is an error.</summary>
    private static string? Decode(string text, out string decoded)
    {
        decoded = text;
        if (!text.Contains('%', StringComparison.Ordinal))
        {
            return null;
        }

        var bytes = new List<byte>(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != '%')
            {
                bytes.AddRange(Encoding.UTF8.GetBytes(text[i].ToString()));
                continue;
            }

            if (i + 2 >= text.Length || !char.IsAsciiHexDigit(text[i + 1]) || !char.IsAsciiHexDigit(text[i + 2]))
            {
                return $"'{text}' has a '%' that is not followed by two hex digits";
            }

            bytes.Add(Convert.ToByte(text.Substring(i + 1, 2), 16));
            i += 2;
        }

        decoded = Encoding.UTF8.GetString(bytes.ToArray());
        return null;
    }

    private static bool ValidType(string type) =>
        type.Length > 0 && !char.IsAsciiDigit(type[0]) && type.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '+' or '-');

    private static bool ValidKey(string key) =>
        key.Length > 0 && !char.IsAsciiDigit(key[0]) && key.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_');
}

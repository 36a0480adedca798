using Bulwark.Scanners.Packages.Model;

namespace Bulwark.Scanners.Packages.Extractors.Python;

/// <summary>
/// One reading of a requirements file and everything it includes. Constraints (<c>-c</c>) pin the version
/// of a requirement that has none; a constraint nothing requires is still reported, with a note, since
/// something installed may require it.
/// </summary>
internal sealed class RequirementsReading(Func<string, string?> readOther)
{
    /// <summary>Options that take a value and say nothing about which packages are installed.</summary>
    private static readonly HashSet<string> ValueOptions = new(StringComparer.Ordinal)
    {
        "-i", "--index-url", "--extra-index-url", "-f", "--find-links", "--trusted-host", "--no-binary", "--only-binary",
        "--use-feature", "--config-settings", "--global-option", "--install-option", "--pre-release",
    };

    /// <summary>Options that stand alone.</summary>
    private static readonly HashSet<string> FlagOptions = new(StringComparer.Ordinal)
    {
        "--no-index", "--pre", "--prefer-binary", "--require-hashes", "-Z", "--always-unzip",
    };

    private readonly List<Package> _packages = [];
    private readonly List<(Package Package, string Key)> _constraints = [];
    private readonly List<PackageDiagnostic> _diagnostics = [];
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);
    private readonly Stack<string> _reading = new();

    /// <summary>Reads <paramref name="text"/>, the content of <paramref name="path"/>, and what it includes.</summary>
    public void Read(string path, string text, bool constraints)
    {
        _read.Add(path);
        _reading.Push(path);
        foreach (var (line, content) in RequirementsLogicalLines.Read(text))
        {
            if (content.StartsWith('-'))
            {
                Option(path, line, content, constraints);
            }
            else
            {
                Requirement(path, line, content, constraints);
            }
        }

        _reading.Pop();
    }

    /// <summary>The packages (constraints applied) and diagnostics.</summary>
    public Extraction Finish()
    {
        var extraction = new Extraction();
        var required = new HashSet<string>(StringComparer.Ordinal);
        foreach (var package in _packages)
        {
            var key = PythonNames.Normalise(package.Name);
            required.Add(key);
            var pin = _constraints.FirstOrDefault(c => c.Key == key && c.Package.Version.Length > 0).Package;
            extraction.Packages.Add(package.Version.Length > 0 || pin is null ? package : package with
            {
                Version = pin.Version,
                Purl = pin.Purl,
                Note = $"version pinned by the constraints file {pin.File} (line {pin.Line})",
            });
        }

        extraction.Packages.AddRange(_constraints.Where(c => !required.Contains(c.Key)).Select(c => c.Package with
        {
            Note = $"listed only in a constraints file: installed only if something requires it{(c.Package.Note is null ? "" : "; " + c.Package.Note)}",
        }));
        extraction.Diagnostics.AddRange(_diagnostics);
        return extraction;
    }

    private void Requirement(string path, int line, string content, bool constraints)
    {
        var requirement = WithoutOptions(content);
        if (IsLocationNotName(requirement))
        {
            return;
        }

        var (parsed, error) = RequirementLine.Parse(requirement);
        if (error is not null)
        {
            _diagnostics.Add(new PackageDiagnostic(path, line, 0, $"cannot read the requirement \"{requirement}\": {error}; skipped"));
            return;
        }

        if (parsed is null)
        {
            return;
        }

        var version = parsed.Pinned ?? "";
        var package = new Package
        {
            Ecosystem = Ecosystems.PyPI,
            Name = parsed.Name,
            Version = version,
            Purl = PythonNames.Purl(parsed.Name, version),
            File = path,
            Line = line,
            Note = parsed.Pinned is not null ? null
                : $"version is not pinned ({(parsed.Specifier.Length == 0 ? "no version given" : parsed.Specifier)}): it cannot be matched to advisories exactly",
        };
        if (constraints)
        {
            _constraints.Add((package, PythonNames.Normalise(parsed.Name)));
        }
        else
        {
            _packages.Add(package);
        }
    }

    private void Option(string path, int line, string content, bool constraints)
    {
        var (name, value) = SplitOption(content);
        switch (name)
        {
            case "-r" or "--requirement":
                Include(path, line, name, value, constraints);
                return;
            case "-c" or "--constraint":
                Include(path, line, name, value, true);
                return;
            case "-e" or "--editable":
                return;
        }

        if (ValueOptions.Contains(name) || FlagOptions.Contains(name))
        {
            return;
        }

        _diagnostics.Add(new PackageDiagnostic(path, line, 0, $"unknown option \"{name}\" (pip would refuse this file); line skipped"));
    }

    private void Include(string path, int line, string option, string target, bool constraints)
    {
        if (target.Length == 0)
        {
            _diagnostics.Add(new PackageDiagnostic(path, line, 0, $"{option} names no file"));
            return;
        }

        if (target.Contains("://", StringComparison.Ordinal) || target.StartsWith('/') || (target.Length > 1 && target[1] == ':'))
        {
            _diagnostics.Add(new PackageDiagnostic(path, line, 0, $"{option} {target}: only files inside the scanned folder are followed; its requirements are not read"));
            return;
        }

        var included = new ExtractorInput(path, default, "", readOther).Sibling(target);
        if (_reading.Contains(included))
        {
            _diagnostics.Add(new PackageDiagnostic(path, line, 0, $"{option} {target}: {included} is already being read (the includes form a cycle); not read again"));
            return;
        }

        if (_read.Contains(included))
        {
            return;
        }

        if (readOther(included) is not { } text)
        {
            _diagnostics.Add(new PackageDiagnostic(path, line, 0, $"{option} {target}: {included} is not in the scan; its requirements are not read"));
            return;
        }

        Read(included, text, constraints);
    }

    /// <summary><c>-r file</c>, <c>-rfile</c>, <c>--requirement=file</c> and <c>--requirement file</c> all give (<c>-r</c> or <c>--requirement</c>, <c>file</c>).</summary>
    private static (string Name, string Value) SplitOption(string content)
    {
        var end = 0;
        while (end < content.Length && !char.IsWhiteSpace(content[end]) && content[end] != '=')
        {
            end++;
        }

        var name = content[..end];
        if (!name.StartsWith("--", StringComparison.Ordinal) && name.Length > 2)
        {
            return (name[..2], name[2..].Trim());
        }

        var value = content[end..].TrimStart('=', ' ', '\t').Trim();
        return (name, value);
    }

    /// <summary>
    /// The requirement without the per-requirement options after it (<c>--hash</c>, <c>--config-settings</c>,
    /// …), which are all long options after whitespace (a space or a tab, as a continuation line leaves it).
    /// </summary>
    private static string WithoutOptions(string content)
    {
        for (var i = 1; i + 1 < content.Length; i++)
        {
            if (content[i] == '-' && content[i + 1] == '-' && char.IsWhiteSpace(content[i - 1]))
            {
                return content[..i].Trim();
            }
        }

        return content.Trim();
    }

    /// <summary>Whether a requirement line is a URL, path or archive rather than a name.</summary>
    private static bool IsLocationNotName(string requirement) =>
        requirement.Contains("://", StringComparison.Ordinal) || requirement.StartsWith('.') || requirement.StartsWith('/')
        || requirement.StartsWith('~') || requirement.StartsWith("file:", StringComparison.Ordinal)
        || requirement.Split('+')[0] is "git" or "hg" or "svn" or "bzr"
        || (!requirement.Contains(' ', StringComparison.Ordinal) && (requirement.Contains('/', StringComparison.Ordinal) || requirement.Contains('\\', StringComparison.Ordinal)))
        || requirement.EndsWith(".whl", StringComparison.OrdinalIgnoreCase) || requirement.EndsWith(".zip", StringComparison.OrdinalIgnoreCase)
        || requirement.EndsWith(".tar.gz", StringComparison.OrdinalIgnoreCase);
}

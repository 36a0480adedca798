using System.Text.RegularExpressions;
using Bulwark.Scanners.Packages.Model;

namespace Bulwark.Scanners.Packages.Extractors.Ruby;

/// <summary>
/// Splits a Gemfile.lock into its specs and its DEPENDENCIES names. The layout is Bundler's: section names at
/// column 1, <c>remote:</c> and <c>specs:</c> indented 2, specs 4 (<c>name (version[-platform])</c>), a spec's
/// dependencies 6, and DEPENDENCIES entries 2 (<c>name</c>, <c>name (requirement)</c>, <c>name!</c>).
/// </summary>
internal static partial class GemfileLockParser
{
    private static readonly HashSet<string> SourceSections = new(StringComparer.Ordinal) { "GEM", "GIT", "PATH", "PLUGIN SOURCE" };

    /// <summary>The specs of every source section, and the DEPENDENCIES names (null when there is no such section).</summary>
    public static (List<GemSpec> Specs, HashSet<string>? Declared) Parse(string text, string file, List<PackageDiagnostic> diagnostics)
    {
        var specs = new List<GemSpec>();
        HashSet<string>? declared = null;
        var section = "";
        var inSpecs = false;
        GemSpec? current = null;
        var lines = text.Split('\n');
        for (var index = 0; index < lines.Length; index++)
        {
            var line = lines[index].TrimEnd('\r');
            var number = index + 1;
            if (line.Trim().Length == 0)
            {
                continue;
            }

            var indent = line.Length - line.TrimStart(' ').Length;
            if (indent == 0)
            {
                section = line.Trim();
                inSpecs = false;
                current = null;
                declared = section == "DEPENDENCIES" ? declared ?? new HashSet<string>(StringComparer.Ordinal) : declared;
                continue;
            }

            if (section == "DEPENDENCIES" && declared is not null)
            {
                Declared(line, indent, number, file, declared, diagnostics);
            }
            else if (SourceSections.Contains(section))
            {
                if (indent == 2)
                {
                    inSpecs = line.Trim() == "specs:";
                    current = null;
                }
                else if (inSpecs)
                {
                    current = SpecLine(line, indent, number, section, file, specs, current, diagnostics);
                }
            }
        }

        return (specs, declared);
    }

    private static GemSpec? SpecLine(string line, int indent, int number, string section, string file, List<GemSpec> specs, GemSpec? current, List<PackageDiagnostic> diagnostics)
    {
        if (indent == 4 && Spec().Match(line) is { Success: true } spec)
        {
            var parsed = new GemSpec(spec.Groups["name"].Value, spec.Groups["version"].Value, section, number);
            specs.Add(parsed);
            return parsed;
        }

        if (indent == 6 && Dependency().Match(line) is { Success: true } dependency)
        {
            current?.Dependencies.Add(dependency.Groups["name"].Value);
            return current;
        }

        diagnostics.Add(new PackageDiagnostic(file, number, indent + 1, indent == 4
            ? $"a spec line is '    name (version)', but this is '{line.Trim()}'; it is skipped"
            : $"expected a spec (4 spaces) or one of its dependencies (6 spaces), not {indent} spaces: '{line.Trim()}'; it is skipped"));
        return indent == 6 ? current : null;
    }

    private static void Declared(string line, int indent, int number, string file, HashSet<string> declared, List<PackageDiagnostic> diagnostics)
    {
        if (indent == 2 && Dependency().Match(line) is { Success: true } entry)
        {
            declared.Add(entry.Groups["name"].Value);
            return;
        }

        diagnostics.Add(new PackageDiagnostic(file, number, indent + 1, $"a DEPENDENCIES entry is '  name' or '  name (requirement)', but this is '{line.Trim()}'; it is skipped"));
    }

    // Bundler writes "name (version-platform)"; its own lockfile parser takes everything up to the first '-'
    // as the version, since gem versions in a lockfile never contain one.
    [GeneratedRegex(@"^ {4}(?<name>[^\s()]+) \((?<version>[^-()\s]+)(?:-(?<platform>[^()\s]+))?\)$")]
    private static partial Regex Spec();

    [GeneratedRegex(@"^ +(?<name>[^\s()!]+)!?(?: \([^()]*\))?$")]
    private static partial Regex Dependency();
}

using Bulwark.Rules;
using Bulwark.Scanners.Host.Model;

namespace Bulwark.Scanners.Host.Checks;

/// <summary><c>package: NAME</c> (or <c>packages: [..]</c>) with <c>installed: true|false</c>.</summary>
public sealed class PackageCheck : ICheck
{
    private PackageCheck(IReadOnlyList<string> names, bool installed)
    {
        Names = names;
        Installed = installed;
    }

    /// <summary>The package names; for <c>installed: true</c> any one of them is enough.</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>Whether they must be installed (true) or absent (false).</summary>
    public bool Installed { get; }

    /// <summary>Reads the check from <paramref name="map"/>.</summary>
    public static PackageCheck? Parse(YamlMap map)
    {
        var names = map.Find("package") is not null ? map.TextList("package") : map.TextList("packages");
        var installed = map.Flag("installed");
        if (names.Count == 0 || installed is null)
        {
            map.Problems.Add(new Sdk.ConfigProblem($"{map.File}:{map.Line}", "a package check needs package (or packages) and installed: true|false"));
            return null;
        }

        return new PackageCheck(names, installed.Value);
    }

    /// <inheritdoc />
    public string Describe() => Installed
        ? $"{(Names.Count == 1 ? Names[0] : "one of " + string.Join(", ", Names))} installed"
        : $"{string.Join(", ", Names)} not installed";

    /// <inheritdoc />
    public CheckOutcome Evaluate(CheckContext context)
    {
        var inventory = context.Packages;
        if (inventory.Source is null)
        {
            return inventory.Problem is not null
                ? CheckOutcome.Errored($"the installed packages cannot be read: {inventory.Problem}")
                : CheckOutcome.Errored("no package database was found (/var/lib/dpkg/status, /var/lib/rpm/rpmdb.sqlite)");
        }

        var present = Names.Where(inventory.Names.Contains).ToList();
        if (Installed)
        {
            return present.Count > 0
                ? CheckOutcome.Passed($"{present[0]} is installed", new Evidence(inventory.Source, 0, present[0] + " installed", Describe()))
                : CheckOutcome.Failed($"{string.Join(", ", Names)} {(Names.Count == 1 ? "is" : "are")} not installed", new Evidence(inventory.Source, 0, "not installed", Describe()));
        }

        return present.Count == 0
            ? CheckOutcome.Passed($"{string.Join(", ", Names)} not installed")
            : CheckOutcome.Failed($"{string.Join(", ", present)} {(present.Count == 1 ? "is" : "are")} installed", [.. present.Select(p => new Evidence(inventory.Source, 0, p + " installed", p + " not installed"))]);
    }
}

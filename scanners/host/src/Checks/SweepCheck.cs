using Bulwark.Rules;
using Bulwark.Scanners.Host.Model;
using Bulwark.Scanners.Host.Sweeps;
using Bulwark.Sdk;

namespace Bulwark.Scanners.Host.Checks;

/// <summary><c>files: world-writable|unowned|suid-sgid</c> under some folders, with exceptions: a walk of the file system.</summary>
public sealed class SweepCheck : ICheck
{
    private static readonly string[] Kinds = ["world-writable", "unowned", "suid-sgid"];

    private SweepCheck(string kind, IReadOnlyList<string> under, IReadOnlyList<string> except)
    {
        Kind = kind;
        Under = under;
        Except = except;
    }

    /// <summary>Which sweep.</summary>
    public string Kind { get; }

    /// <summary>Where to walk.</summary>
    public IReadOnlyList<string> Under { get; }

    /// <summary>Globs of expected files.</summary>
    public IReadOnlyList<string> Except { get; }

    /// <summary>Reads the check from <paramref name="map"/>.</summary>
    public static SweepCheck? Parse(YamlMap map)
    {
        var kind = map.Text("files", required: true);
        if (kind is not null && !Kinds.Contains(kind))
        {
            map.Problems.Add(new ConfigProblem(map.Where("files"), $"files must be one of {string.Join(", ", Kinds)}, not '{kind}'"));
            return null;
        }

        var under = map.TextList("under");
        return kind is null ? null : new SweepCheck(kind, under.Count == 0 ? ["/"] : under, map.TextList("except"));
    }

    /// <inheritdoc />
    public string Describe() => Kind switch
    {
        "world-writable" => "no world-writable files, and world-writable directories have the sticky bit",
        "unowned" => "every file has an owner and a group that exist",
        _ => "only the expected files are setuid or setgid",
    };

    /// <inheritdoc />
    public CheckOutcome Evaluate(CheckContext context) => FileSweeps.Evaluate(context.Files, Kind, Under, Except);
}

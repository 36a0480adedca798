using Bulwark.Scanners.Packages.Versions;
using Xunit.Sdk;

namespace Bulwark.Scanners.Packages.Tests.Versions;

/// <summary>
/// Checks a scheme against a table of versions in ascending order. Each row is one version, or several spellings of
/// the same version joined by <c>" == "</c>. Every pair is checked both ways: rows compare in table order, spellings
/// within a row compare 0 and are equal with equal hashes, and sorting the shuffled table gives the table back.
/// </summary>
internal static class VersionTable
{
    // A fixed seed: a failure reproduces.
    private static readonly Random Shuffle = new(20240601);

    public static void AssertAscending(IVersionScheme scheme, params string[] rows)
    {
        var groups = rows
            .Select(row => row.Split(" == ").Select(text => (Text: text, Version: scheme.Parse(text) ?? throw new XunitException($"{scheme.Name}: '{text}' did not parse"))).ToArray())
            .ToArray();

        var failures = new List<string>();
        for (var i = 0; i < groups.Length; i++)
        {
            for (var j = 0; j < groups.Length; j++)
            {
                foreach (var left in groups[i])
                {
                    foreach (var right in groups[j])
                    {
                        var expected = i.CompareTo(j);
                        var actual = Math.Sign(left.Version.CompareTo(right.Version));
                        if (actual != expected)
                        {
                            failures.Add($"'{left.Text}' {Symbol(actual)} '{right.Text}', expected {Symbol(expected)}");
                        }

                        if (left.Version.Equals(right.Version) != (expected == 0))
                        {
                            failures.Add($"'{left.Text}'.Equals('{right.Text}') is {left.Version.Equals(right.Version)}");
                        }

                        if (expected == 0 && left.Version.GetHashCode() != right.Version.GetHashCode())
                        {
                            failures.Add($"'{left.Text}' and '{right.Text}' are equal but hash differently");
                        }
                    }
                }
            }
        }

        var shuffled = groups.Select((group, index) => (Index: index, group[^1].Version)).OrderBy(_ => Shuffle.Next()).ToList();
        shuffled.Sort((a, b) => a.Version.CompareTo(b.Version));
        if (!shuffled.Select(entry => entry.Index).SequenceEqual(Enumerable.Range(0, groups.Length)))
        {
            failures.Add("sorting the shuffled table does not give the table back");
        }

        Assert.True(failures.Count == 0, $"{scheme.Name}: {failures.Count} wrong comparisons:\n" + string.Join("\n", failures.Take(40)));
    }

    public static void AssertInvalid(IVersionScheme scheme, string text) =>
        Assert.True(scheme.Parse(text) is null, $"{scheme.Name}: '{text}' should not parse");

    private static string Symbol(int sign) => sign switch { < 0 => "<", > 0 => ">", _ => "==" };
}

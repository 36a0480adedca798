using System.Text.RegularExpressions;
using Bulwark.Scanners.Iac.Dockerfile;
using Bulwark.Scanners.Iac.Model;

namespace Bulwark.Scanners.Iac.Tests.Dockerfile;

/// <summary>Loads a Dockerfile written inline and walks its attribute tree by paths such as <c>stages[1].from.tag</c>.</summary>
internal static partial class Tree
{
    public static IacDocument Load(string text, string path = "Dockerfile") => DockerfileLoader.Load(path, text);

    /// <summary>The single resource's attributes; fails the test when the file produced diagnostics.</summary>
    public static IacObject Clean(string text)
    {
        var document = Load(text);
        Assert.Empty(document.Diagnostics);
        return Assert.Single(document.Resources).Attributes;
    }

    public static IacValue At(this IacValue root, string path)
    {
        var value = root;
        foreach (Match step in Step().Matches(path))
        {
            value = step.Groups["index"].Success
                ? Assert.IsType<IacList>(value).Items[int.Parse(step.Groups["index"].Value, System.Globalization.CultureInfo.InvariantCulture)]
                : Assert.IsType<IacObject>(value)[step.Groups["key"].Value] ?? throw new Xunit.Sdk.XunitException($"no {step.Value} in {path}");
        }

        return value;
    }

    public static string Text(this IacValue root, string path) => Assert.IsType<IacString>(root.At(path)).Value;

    public static IReadOnlyList<string> Texts(this IacValue root, string path) =>
        Assert.IsType<IacList>(root.At(path)).Items.Select(i => Assert.IsType<IacString>(i).Value).ToList();

    public static int Line(this IacValue root, string path) => root.At(path).Range.StartLine;

    /// <summary>"line:column" of each diagnostic, then its message.</summary>
    public static IReadOnlyList<string> Problems(this IacDocument document) =>
        document.Diagnostics.Select(d => $"{d.Range.StartLine}:{d.Range.StartColumn} {d.Message}").ToList();

    [GeneratedRegex(@"(?<key>[A-Za-z_]+)|\[(?<index>\d+)\]")]
    private static partial Regex Step();
}

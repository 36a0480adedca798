using Bulwark.Scanners.Packages.Extractors;

namespace Bulwark.Scanners.Packages.Tests.Extractors.Os;

/// <summary>Builds extractor inputs from a fixture tree (one scenario folder under Fixtures/Os) or from files in memory.</summary>
internal static class OsFixture
{
    /// <summary>The input for <paramref name="path"/> in <paramref name="scenario"/>, as a scan would give it with <paramref name="scanRootPrefix"/> (an image folder) in front of the fixture's paths.</summary>
    public static ExtractorInput Input(string scenario, string path, string scanRootPrefix = "")
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Fixtures", "Os", scenario);
        var bytes = File.ReadAllBytes(Path.Combine(folder, path));
        return new ExtractorInput(scanRootPrefix + path, bytes, System.Text.Encoding.UTF8.GetString(bytes), other =>
        {
            if (!other.StartsWith(scanRootPrefix, StringComparison.Ordinal))
            {
                return null;
            }

            var file = Path.Combine(folder, other[scanRootPrefix.Length..]);
            return File.Exists(file) ? File.ReadAllText(file) : null;
        });
    }

    /// <summary>A text input whose other files are <paramref name="others"/> (scan-relative path → content).</summary>
    public static ExtractorInput Text(string path, string text, IReadOnlyDictionary<string, string>? others = null) =>
        ExtractorInput.FromText(path, text, other => others?.GetValueOrDefault(other));

    /// <summary>A binary input whose other files are <paramref name="others"/>.</summary>
    public static ExtractorInput Binary(string path, byte[] bytes, IReadOnlyDictionary<string, string>? others = null) =>
        new(path, bytes, "", other => others?.GetValueOrDefault(other));

    /// <summary>Debian 12's os-release, at etc/os-release under <paramref name="root"/>.</summary>
    public static Dictionary<string, string> Debian12(string root = "") =>
        new() { [root + "etc/os-release"] = "ID=debian\nVERSION_ID=\"12\"\nVERSION_CODENAME=bookworm\nPRETTY_NAME=\"Debian GNU/Linux 12 (bookworm)\"\n" };
}

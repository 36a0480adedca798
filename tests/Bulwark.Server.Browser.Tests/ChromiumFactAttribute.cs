namespace Bulwark.Server.Browser.Tests;

/// <summary>
/// A test that drives Debian's chromium (<see cref="Chromium.Path"/>, which test.sh installs); skipped, with that reason,
/// on a machine without it. Playwright's own browser downloads are never used.
/// </summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (!Chromium.Present)
        {
            Skip = $"no {Chromium.Path}: install Debian's chromium (./test.sh does)";
        }
    }
}

internal static class Chromium
{
    public const string Path = "/usr/bin/chromium";

    public static bool Present { get; } = File.Exists(Path);
}

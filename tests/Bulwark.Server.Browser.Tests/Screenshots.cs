using Microsoft.Playwright;

namespace Bulwark.Server.Browser.Tests;

/// <summary>
/// The PNGs in docs/screenshots/, taken by the flows that reach those pages when <c>BULWARK_UPDATE_SCREENSHOTS=1</c>
/// (otherwise nothing is written: the pictures change only when someone means them to).
/// </summary>
internal static class Screenshots
{
    private static readonly bool Update = Environment.GetEnvironmentVariable("BULWARK_UPDATE_SCREENSHOTS") == "1";

    public static async Task TakeAsync(IPage page, string name)
    {
        if (!Update)
        {
            return;
        }

        var directory = Path.Combine(RepositoryRoot(), "docs", "screenshots");
        Directory.CreateDirectory(directory);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(directory, name + ".png"), FullPage = true });
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Bulwark.slnx")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"no Bulwark.slnx above {AppContext.BaseDirectory}");
    }
}

using Bulwark.Scanners.Packages.Database;

namespace Bulwark.Scanners.Packages.Tests.Database;

public sealed class CacheDirectoryTests
{
    [Fact]
    public void An_explicit_directory_wins_and_is_made_absolute() =>
        Assert.Equal(Path.GetFullPath("some/cache"), CacheDirectory.Resolve("some/cache"));

    [Fact]
    public void Without_a_choice_the_environment_or_the_user_cache_folder_is_used()
    {
        var resolved = CacheDirectory.Resolve(null);

        if (Environment.GetEnvironmentVariable("BULWARK_CACHE_DIR") is { Length: > 0 } fromEnvironment)
        {
            Assert.Equal(Path.GetFullPath(fromEnvironment), resolved);
        }
        else
        {
            Assert.Equal("bulwark", Path.GetFileName(resolved));
        }
    }

    [Fact]
    public void The_database_and_the_downloads_live_in_the_osv_folder()
    {
        Assert.Equal(Path.Combine("/c", "osv", "osv.db"), CacheDirectory.DatabasePath("/c"));
        Assert.Equal(Path.Combine("/c", "osv", "downloads"), CacheDirectory.DownloadFolder("/c"));
    }
}

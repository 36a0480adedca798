using Bulwark.Scanners.Host.Sweeps;

namespace Bulwark.Scanners.Host.Tests.Sweeps;

public sealed class ExceptGlobsTests
{
    [Theory]
    [InlineData("/usr/bin/*", "/usr/bin/passwd", true)]
    [InlineData("/usr/bin/*", "/usr/bin/x/passwd", true)]
    [InlineData("/usr/*/passwd", "/usr/bin/passwd", true)]
    [InlineData("/usr/*/passwd", "/usr/lib/x/passwd", false)]
    [InlineData("/usr/**/passwd", "/usr/lib/x/passwd", true)]
    [InlineData("/usr/bin/pass?d", "/usr/bin/passwd", true)]
    [InlineData("/usr/bin/[ps]u", "/usr/bin/su", true)]
    [InlineData("/usr/bin/[!ps]u", "/usr/bin/su", false)]
    [InlineData("/var/lib/docker/", "/var/lib/docker/overlay2/a", true)]
    [InlineData("/var/lib/docker", "/var/lib/dockerd", false)]
    [InlineData("/a.b", "/axb", false)]
    public void A_glob_covers_matching_paths_and_everything_under_a_matching_directory(string glob, string path, bool covered)
    {
        var (globs, problem) = ExceptGlobs.Parse([glob]);

        Assert.Null(problem);
        Assert.Equal(covered, globs!.Covers(path));
    }
}

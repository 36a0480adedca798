using Bulwark.Scanners.Packages.Extractors.Os;

namespace Bulwark.Scanners.Packages.Tests.Extractors.Os;

public class OsExtractorsTests
{
    [Fact]
    public void The_list_holds_each_extractor_once_with_a_distinct_format()
    {
        Assert.Equal(5, OsExtractors.All.Count);
        Assert.Equal(OsExtractors.All.Count, OsExtractors.All.Select(e => e.GetType()).Distinct().Count());
        Assert.Equal(OsExtractors.All.Count, OsExtractors.All.Select(e => e.Format).Distinct().Count());
    }

    [Theory]
    [InlineData("var/lib/dpkg/status", typeof(DpkgStatusExtractor))]
    [InlineData("rootfs/var/lib/dpkg/status", typeof(DpkgStatusExtractor))]
    [InlineData("var/lib/dpkg/status.d/libc6", typeof(DpkgStatusDirectoryExtractor))]
    [InlineData("lib/apk/db/installed", typeof(ApkInstalledExtractor))]
    [InlineData("layer/lib/apk/db/installed", typeof(ApkInstalledExtractor))]
    [InlineData("var/lib/rpm/rpmdb.sqlite", typeof(RpmSqliteExtractor))]
    [InlineData("var/lib/rpm/Packages", typeof(RpmLegacyDatabaseExtractor))]
    public void Each_database_path_is_claimed_by_exactly_one_extractor(string path, Type expected) =>
        Assert.Equal([expected], OsExtractors.All.Where(e => e.Recognises(path)).Select(e => e.GetType()));

    [Theory]
    [InlineData("var/lib/dpkg/status-old")]
    [InlineData("var/lib/dpkg/status.d")]
    [InlineData("myvar/lib/dpkg/status")]
    [InlineData("var/lib/dpkg/available")]
    [InlineData("usr/lib/apk/db/installed.bak")]
    [InlineData("etc/os-release")]
    [InlineData("status")]
    public void Other_files_are_claimed_by_none(string path) =>
        Assert.DoesNotContain(OsExtractors.All, e => e.Recognises(path));
}

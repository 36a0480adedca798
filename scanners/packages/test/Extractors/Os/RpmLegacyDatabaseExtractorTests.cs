using Bulwark.Scanners.Packages.Extractors.Os;

namespace Bulwark.Scanners.Packages.Tests.Extractors.Os;

public class RpmLegacyDatabaseExtractorTests
{
    [Theory]
    [InlineData("var/lib/rpm/Packages", true)]
    [InlineData("image/var/lib/rpm/Packages", true)]
    [InlineData("usr/lib/sysimage/rpm/Packages.db", true)]
    [InlineData("var/lib/rpm/Packages.db", true)]
    [InlineData("var/lib/rpm/rpmdb.sqlite", false)]
    [InlineData("var/lib/rpm/Name", false)]
    [InlineData("src/var/lib/rpm/PackagesX", false)]
    public void Recognises_berkeley_db_and_ndb_databases(string path, bool expected) =>
        Assert.Equal(expected, new RpmLegacyDatabaseExtractor().Recognises(path));

    [Fact]
    public void A_berkeley_db_database_gives_one_diagnostic_and_no_packages()
    {
        var extraction = new RpmLegacyDatabaseExtractor().Extract(OsFixture.Binary("var/lib/rpm/Packages", [0, 0, 0, 0, 0x61, 0x15, 0x06, 0x00]));

        Assert.Empty(extraction.Packages);
        var diagnostic = Assert.Single(extraction.Diagnostics);
        Assert.Equal(("var/lib/rpm/Packages", 0), (diagnostic.File, diagnostic.Line));
        Assert.Equal(
            "this is rpm's Berkeley DB database (Packages), which Bulwark does not read, so this system's rpm packages are not listed and not checked "
            + "against advisories; only the SQLite database (rpmdb.sqlite, rpm 4.16 and later) is supported.",
            diagnostic.Message);
    }

    [Fact]
    public void A_leftover_database_beside_an_sqlite_one_says_nothing()
    {
        var others = new Dictionary<string, string> { ["var/lib/rpm/rpmdb.sqlite"] = "SQLite format 3" };

        var extraction = new RpmLegacyDatabaseExtractor().Extract(OsFixture.Binary("var/lib/rpm/Packages", [1, 2, 3], others));

        Assert.Empty(extraction.Diagnostics);
    }
}

using Bulwark.Scanners.Packages.Extractors.Os;
using Bulwark.Scanners.Packages.Model;

namespace Bulwark.Scanners.Packages.Tests.Extractors.Os;

public class RpmSqliteExtractorTests
{
    private const string Path = "var/lib/rpm/rpmdb.sqlite";

    private static readonly Dictionary<string, string> Rocky93 = new()
    {
        ["etc/os-release"] = "NAME=\"Rocky Linux\"\nVERSION=\"9.3 (Blue Onyx)\"\nID=\"rocky\"\nID_LIKE=\"rhel centos fedora\"\nVERSION_ID=\"9.3\"\nPRETTY_NAME=\"Rocky Linux 9.3 (Blue Onyx)\"\n",
    };

    private static byte[][] Headers() =>
    [
        RpmHeaderBuilder.Package("gpg-pubkey", "350d275d", "6395c9a5", arch: null).Build(),
        RpmHeaderBuilder.Package("glibc", "2.34", "83.el9_3.7", sourceRpm: "glibc-2.34-83.el9_3.7.src.rpm")
            .Strings(1047, "glibc", "glibc(x86-64)", "libc.so.6()(64bit)")
            .Strings(1049, "rpmlib(PayloadIsZstd)", "basesystem").Build(),
        RpmHeaderBuilder.Package("bash", "5.1.8", "6.el9_1", sourceRpm: "bash-5.1.8-6.el9_1.src.rpm")
            .Strings(1047, "bash", "bash(x86-64)", "config(bash)")
            .Strings(1049, "libc.so.6()(64bit)", "libc.so.6()(64bit)", "config(bash)", "rtld(GNU_HASH)")
            .Int32(1116, 0, 0, 1).Strings(1117, "bash", "sh", "bashrc").Strings(1118, "/usr/bin/", "/etc/skel/").Build(),
        RpmHeaderBuilder.Package("openssl-libs", "3.0.7", "25.el9_3", sourceRpm: "openssl-3.0.7-25.el9_3.src.rpm")
            .Int32(1003, 1)
            .Strings(1047, "libssl.so.3()(64bit)", "openssl-libs(x86-64)")
            .Strings(1049, "/usr/bin/sh", "libc.so.6()(64bit)", "(ca-certificates if openssl)").Build(),
        RpmHeaderBuilder.Package("python3-libs", "3.9.18", "1.el9_3", sourceRpm: "python3.9-3.9.18-1.el9_3.src.rpm").Build(),
        RpmHeaderBuilder.Package("tzdata", "2024a", "1.el9", arch: "noarch", sourceRpm: "tzdata-2024a-1.el9.nosrc.rpm").Build(),
        RpmHeaderBuilder.Package("kernel-headers", "5.14.0", "362.18.1.el9_3", sourceRpm: "kernel-5.14.0-362.13.1.el9_3.src.rpm").Build(),
    ];

    [Theory]
    [InlineData("var/lib/rpm/rpmdb.sqlite", true)]
    [InlineData("usr/lib/sysimage/rpm/rpmdb.sqlite", true)]
    [InlineData("rootfs/var/lib/rpm/rpmdb.sqlite", true)]
    [InlineData("var/lib/rpm/rpmdb.sqlite-wal", false)]
    [InlineData("var/lib/rpm/Packages", false)]
    [InlineData("backup-var/lib/rpm/rpmdb.sqlite", false)]
    public void Recognises_the_sqlite_database_by_path_suffix(string path, bool expected) =>
        Assert.Equal(expected, new RpmSqliteExtractor().Recognises(path));

    [Fact]
    public void Packages_are_read_from_header_blobs_with_epoch_source_and_rocky_release()
    {
        var extraction = new RpmSqliteExtractor().Extract(OsFixture.Binary(Path, RpmDatabaseBuilder.Create(Headers()), Rocky93));

        Assert.Empty(extraction.Diagnostics);
        Assert.Equal(
        [
            ("glibc", "2.34-83.el9_3.7", "glibc", null, "pkg:rpm/rocky-linux/glibc@2.34-83.el9_3.7?arch=x86_64&distro=rocky-9.3"),
            ("bash", "5.1.8-6.el9_1", "bash", null, "pkg:rpm/rocky-linux/bash@5.1.8-6.el9_1?arch=x86_64&distro=rocky-9.3"),
            ("openssl-libs", "1:3.0.7-25.el9_3", "openssl", null, "pkg:rpm/rocky-linux/openssl-libs@3.0.7-25.el9_3?arch=x86_64&distro=rocky-9.3&epoch=1"),
            ("python3-libs", "3.9.18-1.el9_3", "python3.9", null, "pkg:rpm/rocky-linux/python3-libs@3.9.18-1.el9_3?arch=x86_64&distro=rocky-9.3"),
            ("tzdata", "2024a-1.el9", "tzdata", null, "pkg:rpm/rocky-linux/tzdata@2024a-1.el9?arch=noarch&distro=rocky-9.3"),
            ("kernel-headers", "5.14.0-362.18.1.el9_3", "kernel", "5.14.0-362.13.1.el9_3", "pkg:rpm/rocky-linux/kernel-headers@5.14.0-362.18.1.el9_3?arch=x86_64&distro=rocky-9.3"),
        ],
        extraction.Packages.Select(p => (p.Name, p.Version, p.SourceName, p.SourceVersion, p.Purl)));
        Assert.All(extraction.Packages, p =>
        {
            Assert.Equal((Ecosystems.RockyLinux, "9", "Rocky Linux:9"), (p.Ecosystem, p.Release, p.OsvEcosystem));
            Assert.Equal((Path, 0), (p.File, p.Line));
        });
    }

    [Fact]
    public void Requirements_resolve_through_provides_and_owned_files_and_rpmlib_is_ignored()
    {
        var extraction = new RpmSqliteExtractor().Extract(OsFixture.Binary(Path, RpmDatabaseBuilder.Create(Headers()), Rocky93));
        var names = extraction.Packages.ToDictionary(p => p.Purl, p => p.Name);

        Assert.Equal(
            [("bash", "glibc"), ("openssl-libs", "bash"), ("openssl-libs", "glibc")],
            extraction.Edges.Select(e => (names[e.From], names[e.To])));
    }

    [Fact]
    public void A_database_left_in_wal_mode_is_read_without_its_wal_file()
    {
        var bytes = RpmDatabaseBuilder.Create([RpmHeaderBuilder.Package("bash", "5.1.8", "6.el9_1").Build()], wal: true);
        Assert.Equal(2, bytes[18]);

        var extraction = new RpmSqliteExtractor().Extract(OsFixture.Binary(Path, bytes, Rocky93));

        Assert.Equal(["bash"], extraction.Packages.Select(p => p.Name));
        Assert.Empty(extraction.Diagnostics);
    }

    [Fact]
    public void Unreadable_headers_are_reported_by_hnum_and_the_others_are_read()
    {
        var good = RpmHeaderBuilder.Package("bash", "5.1.8", "6.el9_1").Build();
        var truncated = good[..40];
        var boastful = (byte[])good.Clone();
        boastful[4] = 0x7F;
        var noVersion = new RpmHeaderBuilder().String(1000, "nameless-version").String(1002, "1").Build();
        var badSource = RpmHeaderBuilder.Package("odd", "1", "2", sourceRpm: "odd.src.rpm").Build();

        var extraction = new RpmSqliteExtractor().Extract(OsFixture.Binary(Path,
            RpmDatabaseBuilder.Create([truncated, null, good, boastful, noVersion, [1, 2, 3], badSource]), Rocky93));

        Assert.Equal([("bash", "bash"), ("odd", "odd")], extraction.Packages.Select(p => (p.Name, p.SourceName)));
        Assert.Equal(
        [
            "package header 1 cannot be read: the header claims 5 index entries and 42 data bytes, more than its 40 bytes; it was skipped.",
            "package header 2 cannot be read: its blob is NULL; it was skipped.",
            "package header 4 cannot be read: the header claims 5 index entries and 2130706474 data bytes, outside rpm's limits; it was skipped.",
            "package header 6 cannot be read: the header is 3 bytes, shorter than its 8-byte preamble; it was skipped.",
            "package header 5 ('nameless-version') has no readable VERSION; it was skipped.",
            "package 'odd' has SOURCERPM 'odd.src.rpm', not name-version-release.src.rpm; the package itself is taken as its source.",
        ],
        extraction.Diagnostics.Select(d => d.Message));
        Assert.All(extraction.Diagnostics, d => Assert.Equal((Path, 0), (d.File, d.Line)));
    }

    [Fact]
    public void Bytes_that_are_not_sqlite_are_one_diagnostic()
    {
        var extraction = new RpmSqliteExtractor().Extract(OsFixture.Binary(Path, System.Text.Encoding.ASCII.GetBytes(new string('x', 200))));

        Assert.Empty(extraction.Packages);
        Assert.Equal("this is not a SQLite database (it does not start with the SQLite header), so no rpm packages were read.",
            Assert.Single(extraction.Diagnostics).Message);
    }

    [Fact]
    public void A_sqlite_database_without_the_packages_table_is_one_diagnostic()
    {
        var bytes = RpmDatabaseBuilder.Create([RpmHeaderBuilder.Package("bash", "1", "1").Build()], table: "Other");

        var extraction = new RpmSqliteExtractor().Extract(OsFixture.Binary(Path, bytes, Rocky93));

        Assert.Empty(extraction.Packages);
        var message = Assert.Single(extraction.Diagnostics).Message;
        Assert.StartsWith("SQLite could not read the Packages table (", message, StringComparison.Ordinal);
        Assert.Contains("no such table: Packages", message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_truncated_sqlite_file_is_a_diagnostic_not_an_exception()
    {
        var bytes = RpmDatabaseBuilder.Create(Headers());

        var extraction = new RpmSqliteExtractor().Extract(OsFixture.Binary(Path, bytes[..(bytes.Length / 2)], Rocky93));

        Assert.Single(extraction.Diagnostics);
    }

    [Fact]
    public void The_temporary_copy_is_deleted_after_reading_and_after_failing()
    {
        var before = Leftovers();

        new RpmSqliteExtractor().Extract(OsFixture.Binary(Path, RpmDatabaseBuilder.Create(Headers()), Rocky93));
        new RpmSqliteExtractor().Extract(OsFixture.Binary(Path, RpmDatabaseBuilder.Create([], table: "Other"), Rocky93));

        Assert.Equal(before, Leftovers());
    }

    [Fact]
    public void On_red_hat_the_release_is_the_product_prefix_of_its_streams()
    {
        var others = new Dictionary<string, string> { ["etc/redhat-release"] = "Red Hat Enterprise Linux release 9.3 (Plow)\n" };

        var extraction = new RpmSqliteExtractor().Extract(OsFixture.Binary("usr/lib/sysimage/rpm/rpmdb.sqlite",
            RpmDatabaseBuilder.Create([RpmHeaderBuilder.Package("bash", "5.1.8", "6.el9_1").Build()]), others));

        var package = Assert.Single(extraction.Packages);
        Assert.Equal(("Red Hat", "enterprise_linux:9", "pkg:rpm/redhat/bash@5.1.8-6.el9_1?arch=x86_64&distro=rhel-9.3"), (package.Ecosystem, package.Release, package.Purl));
        Assert.Empty(extraction.Diagnostics);
    }

    [Fact]
    public void On_a_distribution_without_osv_advisories_packages_keep_an_rpm_purl_and_a_diagnostic_says_so()
    {
        var others = new Dictionary<string, string> { ["etc/os-release"] = "ID=fedora\nVERSION_ID=39\nPRETTY_NAME=\"Fedora Linux 39 (Container Image)\"\n" };

        var extraction = new RpmSqliteExtractor().Extract(OsFixture.Binary(Path,
            RpmDatabaseBuilder.Create([RpmHeaderBuilder.Package("bash", "5.2.26", "1.fc39").Int32(1003, 0).Build()]), others));

        var package = Assert.Single(extraction.Packages);
        Assert.Equal(("fedora", null, "0:5.2.26-1.fc39", "pkg:rpm/fedora/bash@5.2.26-1.fc39?arch=x86_64&distro=fedora-39&epoch=0"),
            (package.Ecosystem, package.Release, package.Version, package.Purl));
        Assert.Equal(
            "Fedora Linux 39 (Container Image) (ID 'fedora' in etc/os-release) is not a distribution OSV publishes advisories for; its packages are listed but cannot be matched against advisories.",
            Assert.Single(extraction.Diagnostics).Message);
    }

    private static int Leftovers() =>
        Directory.GetDirectories(System.IO.Path.GetTempPath(), "bulwark-rpmdb-*").Length;
}

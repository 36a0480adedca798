using Bulwark.Scanners.Host.Inventory;
using Bulwark.Scanners.Host.Tests.Files;
using Microsoft.Data.Sqlite;

namespace Bulwark.Scanners.Host.Tests.Inventory;

public class InstalledPackagesTests
{
    [Fact]
    public void Dpkg_status_counts_packages_that_are_installed_and_ok_whatever_their_selection()
    {
        using var tree = new FixtureTree().Write("/var/lib/dpkg/status", """
            Package: openssh-server
            Status: install ok installed
            Description: secure shell server
             continuation line with Status: deinstall ok config-files

            Package: telnet
            Status: deinstall ok config-files

            Package: held
            Architecture: amd64
            Status: hold ok installed

            Package: broken
            Status: install reinstreq half-installed

            Package: leaving
            Status: deinstall ok installed
            """);

        var inventory = InstalledPackages.Read(tree.Files);

        Assert.Equal(["held", "leaving", "openssh-server"], inventory.Names.Order(StringComparer.Ordinal));
        Assert.Equal("/var/lib/dpkg/status", inventory.Source);
        Assert.Null(inventory.Problem);
    }

    [Fact]
    public void The_sqlite_rpmdb_gives_the_names_of_its_headers()
    {
        using var tree = new FixtureTree().Dir("/var/lib/rpm");
        var database = tree.Host("/var/lib/rpm/rpmdb.sqlite");
        using (var connection = new SqliteConnection($"Data Source={database};Pooling=False"))
        {
            connection.Open();
            using var create = connection.CreateCommand();
            create.CommandText = "CREATE TABLE Packages (hnum INTEGER PRIMARY KEY AUTOINCREMENT, blob BLOB NOT NULL)";
            create.ExecuteNonQuery();
            foreach (var blob in new[] { RpmBlob.Header("openssh-server"), RpmBlob.Header("rsync"), [1, 2, 3] })
            {
                using var insert = connection.CreateCommand();
                insert.CommandText = "INSERT INTO Packages (blob) VALUES ($blob)";
                insert.Parameters.AddWithValue("$blob", blob);
                insert.ExecuteNonQuery();
            }
        }

        var inventory = InstalledPackages.Read(tree.Files);

        Assert.Equal(["openssh-server", "rsync"], inventory.Names.Order(StringComparer.Ordinal));
        Assert.Equal("/var/lib/rpm/rpmdb.sqlite", inventory.Source);
        Assert.Equal("1 package header(s) could not be read (first: header of 3 bytes is too short)", inventory.Problem);
        Assert.Equal(["rpmdb.sqlite"], Directory.GetFiles(tree.Host("/var/lib/rpm")).Select(Path.GetFileName));
    }

    [Fact]
    public void A_file_that_is_not_a_database_is_a_problem()
    {
        using var tree = new FixtureTree().Write("/var/lib/rpm/rpmdb.sqlite", "not sqlite at all, just text that is long enough to be a header");

        var inventory = InstalledPackages.Read(tree.Files);

        Assert.Empty(inventory.Names);
        Assert.Null(inventory.Source);
        Assert.StartsWith("/var/lib/rpm/rpmdb.sqlite: cannot read the RPM database:", inventory.Problem);
    }

    [Fact]
    public void A_berkeley_db_rpmdb_is_said_to_be_unreadable()
    {
        using var tree = new FixtureTree().Write("/var/lib/rpm/Packages", "\0\0\0\0");

        var inventory = InstalledPackages.Read(tree.Files);

        Assert.Empty(inventory.Names);
        Assert.Contains("/var/lib/rpm/Packages is a Berkeley DB or ndb RPM database", inventory.Problem);
    }

    [Fact]
    public void No_database_at_all_is_a_problem_naming_where_it_looked()
    {
        using var tree = new FixtureTree();

        var inventory = InstalledPackages.Read(tree.Files);

        Assert.Empty(inventory.Names);
        Assert.StartsWith("no package database found (/var/lib/dpkg/status, /var/lib/rpm/rpmdb.sqlite", inventory.Problem);
    }
}

using Bulwark.Scanners.Host.Passwords;

namespace Bulwark.Scanners.Host.Tests.Passwords;

public sealed class DefaultPasswordsTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("bulwark-passwords-").FullName;

    [Fact]
    public void The_shipped_list_holds_the_common_vendor_and_image_defaults()
    {
        var passwords = DefaultPasswords.Load(null);

        Assert.InRange(passwords.Count, 100, 200);
        foreach (var expected in new[] { "admin", "changeme", "password", "root", "toor", "raspberry", "123456", "ubuntu", "debian", "vagrant" })
        {
            Assert.Contains(expected, passwords);
        }
    }

    [Fact]
    public void The_shipped_list_has_no_comments_blanks_padding_or_repeats()
    {
        var passwords = DefaultPasswords.Load([]);

        Assert.DoesNotContain(passwords, password => password.Length == 0 || password.StartsWith('#') || password != password.Trim());
        Assert.Equal(passwords.Count, passwords.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void A_users_file_adds_its_passwords_after_the_shipped_ones_without_repeats()
    {
        var file = Path.Combine(_folder, "mine.txt");
        File.WriteAllText(file, "# our appliance images\r\nAcme-Factory-1\n\n  admin  \nAcme-Factory-2\n");

        var passwords = DefaultPasswords.Load([file]);

        Assert.Equal(DefaultPasswords.Load(null).Count + 2, passwords.Count);
        Assert.Equal(["Acme-Factory-1", "Acme-Factory-2"], passwords.TakeLast(2));
        Assert.DoesNotContain(passwords, password => password.StartsWith('#'));
    }

    [Fact]
    public void A_users_file_that_cannot_be_read_is_a_problem_naming_it_not_an_exception()
    {
        var missing = Path.Combine(_folder, "nowhere.txt");

        var list = DefaultPasswords.Read([missing]);

        Assert.Equal(DefaultPasswords.Load(null).Count, list.Passwords.Count);
        var problem = Assert.Single(list.Problems);
        Assert.Contains(missing, problem, StringComparison.Ordinal);
        Assert.Equal(DefaultPasswords.Load(null), DefaultPasswords.Load([missing]));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}

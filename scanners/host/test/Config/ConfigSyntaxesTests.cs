using Bulwark.Scanners.Host.Config;

namespace Bulwark.Scanners.Host.Tests.Config;

public class ConfigSyntaxesTests
{
    [Fact]
    public void Every_syntax_the_readme_names_is_there_under_its_own_name()
    {
        Assert.Equal(["equals", "keyvalue", "login.defs", "pam", "sshd", "sudoers", "sysctl", "systemd"], ConfigSyntaxes.Names);
        foreach (var name in ConfigSyntaxes.Names)
        {
            Assert.Equal(name, ConfigSyntaxes.For(name)!.Name);
        }
    }

    [Fact]
    public void An_unknown_name_has_no_syntax()
    {
        Assert.Null(ConfigSyntaxes.For("nginx"));
        Assert.Null(ConfigSyntaxes.For("SSHD"));
    }
}

using Bulwark.Scanners.Host.Inventory;
using Bulwark.Scanners.Host.Tests.Files;

namespace Bulwark.Scanners.Host.Tests.Inventory;

public class SystemdUnitsTests
{
    private const string Unit = "[Unit]\nDescription=x\n[Install]\nWantedBy=multi-user.target\n";

    [Fact]
    public void A_unit_linked_from_a_wants_directory_is_enabled_and_service_is_optional()
    {
        using var tree = new FixtureTree()
            .Write("/usr/lib/systemd/system/cron.service", Unit)
            .Link("/etc/systemd/system/multi-user.target.wants/cron.service", "/usr/lib/systemd/system/cron.service");

        Assert.Equal(UnitState.Enabled, SystemdUnits.StateOf(tree.Files, "cron"));
        Assert.Equal(UnitState.Enabled, SystemdUnits.StateOf(tree.Files, "cron.service"));
    }

    [Fact]
    public void An_installed_unit_without_links_is_disabled_and_an_unknown_one_not_installed()
    {
        using var tree = new FixtureTree().Write("/lib/systemd/system/avahi-daemon.service", Unit);

        Assert.Equal(UnitState.Disabled, SystemdUnits.StateOf(tree.Files, "avahi-daemon"));
        Assert.Equal(UnitState.NotInstalled, SystemdUnits.StateOf(tree.Files, "cups"));
        Assert.Equal(UnitState.NotInstalled, SystemdUnits.StateOf(tree.Files, "../../etc/passwd"));
    }

    [Fact]
    public void A_link_to_dev_null_masks_even_an_enabled_unit()
    {
        using var tree = new FixtureTree()
            .Write("/usr/lib/systemd/system/rpcbind.service", Unit)
            .Link("/etc/systemd/system/multi-user.target.wants/rpcbind.service", "/usr/lib/systemd/system/rpcbind.service")
            .Link("/etc/systemd/system/rpcbind.service", "/dev/null")
            .Link("/lib/systemd/system/x11-common.service", "/dev/null");

        Assert.Equal(UnitState.Masked, SystemdUnits.StateOf(tree.Files, "rpcbind"));
        Assert.Equal(UnitState.Masked, SystemdUnits.StateOf(tree.Files, "x11-common"));
    }

    [Fact]
    public void A_service_whose_socket_is_enabled_is_enabled()
    {
        using var tree = new FixtureTree()
            .Write("/usr/lib/systemd/system/cups.service", Unit)
            .Write("/usr/lib/systemd/system/cups.socket", "[Socket]\n")
            .Link("/etc/systemd/system/sockets.target.wants/cups.socket", "/usr/lib/systemd/system/cups.socket");

        Assert.Equal(UnitState.Enabled, SystemdUnits.StateOf(tree.Files, "cups"));
        Assert.Equal(UnitState.Enabled, SystemdUnits.StateOf(tree.Files, "cups.socket"));
    }

    [Fact]
    public void An_alias_is_followed_to_the_unit_it_names()
    {
        using var tree = new FixtureTree()
            .Write("/lib/systemd/system/ssh.service", Unit)
            .Link("/etc/systemd/system/sshd.service", "/lib/systemd/system/ssh.service")
            .Link("/etc/systemd/system/multi-user.target.wants/ssh.service", "/lib/systemd/system/ssh.service");

        Assert.Equal(UnitState.Enabled, SystemdUnits.StateOf(tree.Files, "sshd"));
    }

    [Fact]
    public void A_template_is_enabled_when_an_instance_is_linked()
    {
        using var tree = new FixtureTree()
            .Write("/usr/lib/systemd/system/getty@.service", Unit)
            .Link("/etc/systemd/system/getty.target.wants/getty@tty1.service", "/usr/lib/systemd/system/getty@.service");

        Assert.Equal(UnitState.Enabled, SystemdUnits.StateOf(tree.Files, "getty@.service"));
        Assert.Equal(UnitState.Enabled, SystemdUnits.StateOf(tree.Files, "getty@tty1"));
        Assert.Equal(UnitState.Disabled, SystemdUnits.StateOf(tree.Files, "getty@tty2"));
    }

    [Fact]
    public void A_sysv_only_service_is_enabled_by_an_S_link_in_a_boot_runlevel()
    {
        using var tree = new FixtureTree()
            .Write("/etc/init.d/xinetd", "#!/bin/sh\n")
            .Link("/etc/rc2.d/S01xinetd", "../init.d/xinetd")
            .Write("/etc/init.d/nis", "#!/bin/sh\n")
            .Link("/etc/rc0.d/S01nis", "../init.d/nis")
            .Link("/etc/rc2.d/K01nis", "../init.d/nis");

        Assert.Equal(UnitState.Enabled, SystemdUnits.StateOf(tree.Files, "xinetd"));
        Assert.Equal(UnitState.Disabled, SystemdUnits.StateOf(tree.Files, "nis"));
    }
}

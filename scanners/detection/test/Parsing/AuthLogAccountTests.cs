namespace Bulwark.Scanners.Detection.Tests.Parsing;

public class AuthLogAccountTests
{
    [Fact]
    public void Useradd_creating_a_user_gives_its_group_the_user_and_its_memberships()
    {
        var group = AuthLogSshdTests.Parse("new group: name=backup2, GID=1002", "useradd[5120]");
        var user = AuthLogSshdTests.Parse("new user: name=backup2, UID=1002, GID=1002, home=/home/backup2, shell=/bin/bash, from=/dev/pts/0", "useradd[5120]");
        var member = AuthLogSshdTests.Parse("add 'backup2' to group 'sudo'", "useradd[5120]");
        var shadow = AuthLogSshdTests.Parse("add 'backup2' to shadow group 'sudo'", "useradd[5120]");

        Assert.Equal("group.created", group.Field("event"));
        Assert.Equal("backup2", group.Field("group"));
        Assert.Equal("1002", group.Field("gid"));
        Assert.Equal("user.created", user.Field("event"));
        Assert.Equal("backup2", user.Field("user"));
        Assert.Equal("1002", user.Field("uid"));
        Assert.Equal("1002", user.Field("gid"));
        Assert.Equal("/home/backup2", user.Field("home"));
        Assert.Equal("/bin/bash", user.Field("shell"));
        Assert.Equal("/dev/pts/0", user.Field("from"));
        Assert.Equal("group.member_added", member.Field("event"));
        Assert.Equal("backup2", member.Field("user"));
        Assert.Equal("sudo", member.Field("group"));
        Assert.Equal("false", member.Field("shadow"));
        Assert.Equal("true", shadow.Field("shadow"));
    }

    [Fact]
    public void Older_shadow_utils_quotes_and_lower_case_keys_are_read()
    {
        var user = AuthLogSshdTests.Parse("new user: name=svc, uid=999, gid=999, home=/var/lib/svc, shell=/usr/sbin/nologin", "useradd[77]");
        var member = AuthLogSshdTests.Parse("add `svc' to group `docker'", "usermod[78]");

        Assert.Equal("999", user.Field("uid"));
        Assert.Equal("svc", member.Field("user"));
        Assert.Equal("docker", member.Field("group"));
    }

    [Fact]
    public void Usermod_changes_name_the_attribute_and_both_values()
    {
        var shell = AuthLogSshdTests.Parse("change user 'www-data' shell from '/usr/sbin/nologin' to '/bin/bash'", "usermod[6001]");
        var name = AuthLogSshdTests.Parse("change user name 'bob' to 'robert'", "usermod[6002]");
        var password = AuthLogSshdTests.Parse("change user 'bob' password", "usermod[6003]");
        var locked = AuthLogSshdTests.Parse("lock user 'bob' password", "usermod[6004]");
        var unlocked = AuthLogSshdTests.Parse("unlock user 'bob' password", "usermod[6005]");

        Assert.Equal("user.modified", shell.Field("event"));
        Assert.Equal("www-data", shell.Field("user"));
        Assert.Equal("shell", shell.Field("attribute"));
        Assert.Equal("/usr/sbin/nologin", shell.Field("old_value"));
        Assert.Equal("/bin/bash", shell.Field("new_value"));
        Assert.Equal(("name", "bob", "robert"), (name.Field("attribute"), name.Field("old_value"), name.Field("new_value")));
        Assert.Equal("password", password.Field("attribute"));
        Assert.False(password.Has("new_value"));
        Assert.Equal(("user.locked", "bob"), (locked.Field("event"), locked.Field("user")));
        Assert.Equal("user.unlocked", unlocked.Field("event"));
    }

    [Fact]
    public void Usermod_adding_to_the_sudo_group_is_a_membership()
    {
        var e = AuthLogSshdTests.Parse("add 'mallory' to group 'sudo'", "usermod[6010]");

        Assert.Equal("group.member_added", e.Field("event"));
        Assert.Equal(("mallory", "sudo"), (e.Field("user"), e.Field("group")));
    }

    [Fact]
    public void Userdel_deletes_the_user_its_memberships_and_its_group()
    {
        var user = AuthLogSshdTests.Parse("delete user 'backup2'", "userdel[7000]");
        var membership = AuthLogSshdTests.Parse("delete 'backup2' from group 'sudo'", "userdel[7000]");
        var shadowMembership = AuthLogSshdTests.Parse("delete 'backup2' from shadow group 'sudo'", "userdel[7000]");
        var group = AuthLogSshdTests.Parse("removed group 'backup2' owned by 'backup2'", "userdel[7000]");
        var shadowGroup = AuthLogSshdTests.Parse("removed shadow group 'backup2' owned by 'backup2'", "userdel[7000]");

        Assert.Equal(("user.deleted", "backup2"), (user.Field("event"), user.Field("user")));
        Assert.Equal(("group.member_removed", "backup2", "sudo", "false"),
            (membership.Field("event"), membership.Field("user"), membership.Field("group"), membership.Field("shadow")));
        Assert.Equal("true", shadowMembership.Field("shadow"));
        Assert.Equal(("group.deleted", "backup2", "backup2"), (group.Field("event"), group.Field("group"), group.Field("owner")));
        Assert.Equal("true", shadowGroup.Field("shadow"));
    }

    [Fact]
    public void Groupadd_and_groupdel_name_the_group_and_file()
    {
        var added = AuthLogSshdTests.Parse("group added to /etc/group: name=devs, GID=1003", "groupadd[8000]");
        var gshadow = AuthLogSshdTests.Parse("group added to /etc/gshadow: name=devs", "groupadd[8000]");
        var created = AuthLogSshdTests.Parse("new group: name=devs, GID=1003", "groupadd[8000]");
        var removed = AuthLogSshdTests.Parse("group 'devs' removed from /etc/group", "groupdel[8100]");
        var gone = AuthLogSshdTests.Parse("group 'devs' removed", "groupdel[8100]");

        Assert.Equal(("group.created", "devs", "1003", "/etc/group"), (added.Field("event"), added.Field("group"), added.Field("gid"), added.Field("file")));
        Assert.Equal("/etc/gshadow", gshadow.Field("file"));
        Assert.False(gshadow.Has("gid"));
        Assert.Equal("group.created", created.Field("event"));
        Assert.Equal(("group.deleted", "devs", "/etc/group"), (removed.Field("event"), removed.Field("group"), removed.Field("file")));
        Assert.False(gone.Has("file"));
    }

    [Fact]
    public void Gpasswd_membership_changes_name_who_made_them()
    {
        var added = AuthLogSshdTests.Parse("user mallory added by root to group sudo", "gpasswd[8200]");
        var removed = AuthLogSshdTests.Parse("user mallory removed by root from group sudo in /etc/gshadow", "gpasswd[8201]");

        Assert.Equal(("group.member_added", "mallory", "root", "sudo"), (added.Field("event"), added.Field("user"), added.Field("by_user"), added.Field("group")));
        Assert.Equal(("group.member_removed", "/etc/gshadow"), (removed.Field("event"), removed.Field("file")));
    }

    [Fact]
    public void Password_changes_from_passwd_chpasswd_and_shadow_utils_name_the_user()
    {
        var pam = AuthLogSshdTests.Parse("pam_unix(passwd:chauthtok): password changed for alice", "passwd[9000]");
        var batch = AuthLogSshdTests.Parse("pam_unix(chpasswd:chauthtok): password changed for bob", "chpasswd[9001]");
        var shadow = AuthLogSshdTests.Parse("password for 'carol' changed by 'root'", "passwd[9002]");
        var expiry = AuthLogSshdTests.Parse("changed password expiry for carol", "chage[9003]");

        Assert.Equal(("password.changed", "alice"), (pam.Field("event"), pam.Field("user")));
        Assert.Equal(("password.changed", "bob", "chpasswd"), (batch.Field("event"), batch.Field("user"), batch.Field("pam_service")));
        Assert.Equal(("password.changed", "carol", "root"), (shadow.Field("event"), shadow.Field("user"), shadow.Field("by_user")));
        Assert.Equal(("user.expiry_changed", "carol"), (expiry.Field("event"), expiry.Field("user")));
    }

    [Theory]
    [InlineData("New session 42 of user deploy.", "logind.session_new", "42", "deploy")]
    [InlineData("New session 'c7' of user 'gdm' with class 'greeter' and type 'wayland'.", "logind.session_new", "c7", "gdm")]
    [InlineData("Removed session 42.", "logind.session_removed", "42", null)]
    [InlineData("Session 42 logged out. Waiting for processes to exit.", "logind.session_logout", "42", null)]
    public void Logind_sessions_have_their_id_and_user(string message, string name, string id, string? user)
    {
        var e = AuthLogSshdTests.Parse(message, "systemd-logind[712]");

        Assert.Equal(name, e.Field("event"));
        Assert.Equal(id, e.Field("session_id"));
        Assert.Equal(user, e.Has("user") ? e.Field("user") : null);
    }

    [Fact]
    public void The_new_logind_format_has_class_and_type()
    {
        var e = AuthLogSshdTests.Parse("New session '3' of user 'alice' with class 'user' and type 'tty'.", "systemd-logind[712]");

        Assert.Equal(("user", "tty"), (e.Field("session_class"), e.Field("session_type")));
    }

    [Fact]
    public void A_cron_job_names_its_user_and_command()
    {
        var e = AuthLogSshdTests.Parse("(root) CMD (   cd / && run-parts --report /etc/cron.hourly)", "CRON[23142]");

        Assert.Equal("cron.command", e.Field("event"));
        Assert.Equal("root", e.Field("user"));
        Assert.Equal("cd / && run-parts --report /etc/cron.hourly", e.Field("command"));
    }

    [Theory]
    [InlineData("useradd[1]", "new user name=x")]
    [InlineData("usermod[1]", "change user bob shell")]
    [InlineData("userdel[1]", "delete user 'unterminated")]
    [InlineData("groupadd[1]", "group added to")]
    [InlineData("kernel", "[ 12.345] audit: type=1400")]
    public void Messages_that_are_not_understood_keep_the_syslog_fields_only(string program, string message)
    {
        var e = AuthLogSshdTests.Parse(message, program);

        Assert.Equal("authlog", e.Format);
        Assert.False(e.Has("event"));
        Assert.Equal(message, e.Field("message"));
    }
}

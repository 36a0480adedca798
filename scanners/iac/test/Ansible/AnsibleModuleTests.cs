using static Bulwark.Scanners.Iac.Tests.Ansible.AnsibleTestValues;

namespace Bulwark.Scanners.Iac.Tests.Ansible;

public class AnsibleModuleTests
{
    [Theory]
    [InlineData("ansible.builtin.shell", "shell")]
    [InlineData("ansible.legacy.shell", "shell")]
    [InlineData("community.general.ufw", "ufw")]
    [InlineData("amazon.aws.s3_bucket", "s3_bucket")]
    [InlineData("shell", "shell")]
    public void Collection_prefixed_module_names_also_give_the_short_name(string module, string shortName)
    {
        var task = Load($"- name: t\n  {module}:\n    cmd: x\n").Task("t");

        Assert.Equal((module, shortName), (Show(task.At("module")), Show(task.At("moduleShortName"))));
        Assert.Equal((2, 3), Start(task.At("module")));
    }

    [Fact]
    public void Other_task_keys_are_kept_as_written()
    {
        var task = Load("- name: t\n  command: id\n  register: out\n  when: ansible_os_family == 'Debian'\n  no_log: \"yes\"\n  tags: [a]\n").Task("t");

        Assert.Equal(("out", "ansible_os_family == 'Debian'", "[a]"), (Show(task.At("register")), Show(task.At("when")), Show(task.At("tags"))));
        Assert.Equal("true", Show(task.At("no_log")));
    }

    [Fact]
    public void A_vault_encrypted_value_is_unknown()
    {
        const string yaml = """
            - name: t
              user:
                name: bob
                password: !vault |
                  $ANSIBLE_VAULT;1.1;AES256
                  6162
            """;

        Assert.Equal("?", Show(Load(yaml).Task("t").At("args.password")));
    }

    [Fact]
    public void Local_action_runs_on_the_controller()
    {
        var task = Load("- name: t\n  local_action: command echo hi\n").Task("t");

        Assert.Equal(("command", "echo hi", "localhost"), (Show(task.At("module")), Show(task.At("args.free_form")), Show(task.At("delegate_to"))));
        Assert.Equal((2, 17), Start(task.At("module")));
    }
}

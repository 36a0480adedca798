namespace Bulwark.Scanners.Iac.Tests.Ansible;

using static AnsibleTestValues;

public class AnsibleFreeFormLineTests
{
    [Fact]
    public void A_multi_line_shell_script_keeps_one_command_per_line()
    {
        var document = Load("""
            - hosts: all
              tasks:
                - name: fetch
                  shell: |
                    curl -fsSL https://example.com/install.sh -o /tmp/i.sh
                    ls -k /tmp
                  args:
                    creates: /opt/tool
            """);

        Assert.Equal("curl -fsSL https://example.com/install.sh -o /tmp/i.sh\nls -k /tmp", Show(document.Task("fetch").At("args.free_form")));
    }
}

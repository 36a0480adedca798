using Bulwark.Scanners.Iac.Ansible;
using static Bulwark.Scanners.Iac.Tests.Ansible.AnsibleTestValues;

namespace Bulwark.Scanners.Iac.Tests.Ansible;

public class AnsibleTaskFileTests
{
    [Fact]
    public void A_role_tasks_file_gives_tasks_addressed_by_file()
    {
        const string yaml = """
            ---
            - name: install
              ansible.builtin.package: name=nginx
            - ansible.builtin.template:
                src: nginx.conf.j2
                dest: /etc/nginx/nginx.conf
              become: true
            """;

        var document = Load(yaml, "roles/web/tasks/main.yml");

        Assert.Equal(["roles/web/tasks/main.yml > task install", "roles/web/tasks/main.yml > task ansible.builtin.template #2"], document.Resources.Select(r => r.Address));
        Assert.Equal("true", Show(document.Resources[1].At("become")));
        Assert.Null(document.Resources[0].At("become"));
    }

    [Fact]
    public void A_role_handlers_file_gives_handlers()
    {
        var document = Load("- name: reload\n  service: name=nginx state=reloaded\n", "roles/web/handlers/main.yml");

        Assert.Equal("roles/web/handlers/main.yml > handler reload", Assert.Single(document.Resources).Address);
    }

    [Fact]
    public void Tasks_with_the_same_name_get_distinct_addresses()
    {
        var document = Load("- name: same\n  ping:\n- name: same\n  ping:\n", "tasks/x.yml");

        Assert.Equal(["tasks/x.yml > task same", "tasks/x.yml > task same #2"], document.Resources.Select(r => r.Address));
    }

    [Fact]
    public void A_YAML_error_gives_a_diagnostic_and_keeps_the_complete_tasks_before_it()
    {
        const string yaml = """
            - name: fine
              ping:
            - name: cut
              copy:
                src: a
               dest: b
            """;

        var document = Load(yaml, "tasks/broken.yml");

        var problem = Assert.Single(document.Diagnostics);
        Assert.Equal(6, problem.Range.StartLine);
        Assert.True(problem.Range.StartColumn > 0);
        Assert.Equal(["fine"], document.Resources.Select(r => r.Name));
    }

    [Fact]
    public void A_mapping_at_the_top_is_a_diagnostic_not_an_exception()
    {
        var document = AnsibleLoader.Load("x.yml", "a: 1\n");

        Assert.Single(document.Diagnostics);
        Assert.Empty(document.Resources);
    }
}

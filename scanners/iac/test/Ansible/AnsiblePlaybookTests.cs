using Bulwark.Scanners.Iac.Model;
using static Bulwark.Scanners.Iac.Tests.Ansible.AnsibleTestValues;

namespace Bulwark.Scanners.Iac.Tests.Ansible;

public class AnsiblePlaybookTests
{
    private const string Playbook = """
        ---
        - name: web servers
          hosts: web
          become: true
          become_user: root
          pre_tasks:
            - name: update cache
              ansible.builtin.apt:
                update_cache: true
          roles:
            - common
            - role: nginx
              become: false
          tasks:
            - name: install nginx
              apt: name=nginx state=present
            - name: as deploy
              become_user: deploy
              command: whoami
            - name: guarded
              block:
                - name: inside block
                  ansible.builtin.file:
                    path: /srv
                    state: directory
              rescue:
                - ansible.builtin.debug: msg=failed
              always:
                - name: cleanup
                  file: path=/tmp/x state=absent
              become: false
            - ansible.builtin.service: name=nginx state=started
          handlers:
            - name: restart nginx
              service:
                name: nginx
                state: restarted
        - hosts: db
          tasks:
            - name: no become here
              ping:
        """;

    private static readonly IacDocument Document = Load(Playbook);

    [Fact]
    public void Every_task_handler_and_role_entry_becomes_a_resource_with_an_address()
    {
        Assert.Equal(
            [
                "play web servers > task update cache",
                "play web servers > role common",
                "play web servers > role nginx",
                "play web servers > task install nginx",
                "play web servers > task as deploy",
                "play web servers > block guarded > task inside block",
                "play web servers > block guarded > rescue > task ansible.builtin.debug #7",
                "play web servers > block guarded > always > task cleanup",
                "play web servers > task ansible.builtin.service #9",
                "play web servers > handler restart nginx",
                "play db > task no become here",
            ],
            Document.Resources.Select(r => r.Address));
        Assert.All(Document.Resources, r => Assert.Equal((IacPlatform.Ansible, "ansible_task", "site.yml"), (r.Platform, r.Type, r.File)));
        Assert.Empty(Document.Diagnostics);
    }

    [Fact]
    public void A_task_range_covers_the_whole_list_item() =>
        Assert.Equal((15, 7, 16, 36), Range(Document.Task("install nginx").Range));

    [Fact]
    public void Become_is_inherited_from_the_play_and_says_so()
    {
        var become = Document.Task("install nginx").At("become");

        Assert.Equal("true", Show(become));
        Assert.Equal((4, 11), Start(become));
        Assert.Equal("inherited from play web servers (site.yml:4)", become!.Origin);
        Assert.Equal("root", Show(Document.Task("install nginx").At("become_user")));
    }

    [Fact]
    public void A_task_setting_become_user_keeps_its_own_and_inherits_become()
    {
        var task = Document.Task("as deploy");

        Assert.Equal(("true", "deploy"), (Show(task.At("become")), Show(task.At("become_user"))));
        Assert.Null(task.At("become_user")!.Origin);
    }

    [Fact]
    public void A_block_overrides_the_play_for_its_tasks_rescue_and_always()
    {
        Assert.Equal("false", Show(Document.Task("inside block").At("become")));
        Assert.Equal("false", Show(Document.Task("cleanup").At("become")));
        Assert.StartsWith("inherited from block guarded", Document.Task("cleanup").At("become")!.Origin, StringComparison.Ordinal);
    }

    [Fact]
    public void A_role_entry_is_an_import_role_task_with_its_own_keys()
    {
        var nginx = Document.Task("nginx");

        Assert.Equal(("ansible.builtin.import_role", "import_role", "nginx"), (Show(nginx.At("module")), Show(nginx.At("moduleShortName")), Show(nginx.At("args.name"))));
        Assert.Equal("false", Show(nginx.At("become")));
        Assert.Equal("true", Show(Document.Task("common").At("become")));
    }

    [Fact]
    public void A_play_without_become_gives_its_tasks_none() =>
        Assert.Null(Document.Task("no become here").At("become"));

    [Fact]
    public void A_module_with_no_arguments_has_empty_args() =>
        Assert.Equal("{}", Show(Document.Task("no become here").At("args")));

    [Fact]
    public void Handlers_are_tasks_with_mapping_arguments()
    {
        var handler = Document.Task("restart nginx");

        Assert.Equal(("service", "restarted"), (Show(handler.At("module")), Show(handler.At("args.state"))));
        Assert.Equal((37, 16), Start(handler.At("args.state")));
    }

    [Fact]
    public void Play_level_import_playbook_entries_are_skipped()
    {
        var document = Load("- import_playbook: other.yml\n- hosts: all\n  tasks:\n    - ping:\n");

        Assert.Equal(["play all > task ping #1"], document.Resources.Select(r => r.Address));
    }

    private static (int, int, int, int) Range(SourceRange r) => (r.StartLine, r.StartColumn, r.EndLine, r.EndColumn);
}

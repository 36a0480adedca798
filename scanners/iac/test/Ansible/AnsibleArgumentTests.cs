using static Bulwark.Scanners.Iac.Tests.Ansible.AnsibleTestValues;

namespace Bulwark.Scanners.Iac.Tests.Ansible;

public class AnsibleArgumentTests
{
    private const string Tasks = """
        - name: copy it
          ansible.builtin.copy: src=files/a.conf dest="/etc/my app/a.conf" mode=0600 backup=yes
        - name: run it
          shell: echo "a b" > /tmp/out chdir=/srv creates=/tmp/out
        - name: templated
          ansible.builtin.debug: msg="hello {{ who | default('x') }} there" verbosity=1
        - name: old style
          action: get_url url=http://example.com/x dest=/tmp/x validate_certs=no
        - name: mapping with args
          ansible.builtin.command:
            cmd: /bin/true
          args:
            chdir: /srv
        - name: octal mode
          file:
            path: /srv
            mode: 0777
        - name: a list
          with_items: [a, b]
          debug: msg={{ item }}
        """;

    private static readonly Model.IacDocument Document = Load(Tasks, "tasks/main.yml");

    [Fact]
    public void Key_value_arguments_are_split_with_quotes_respected()
    {
        var copy = Document.Task("copy it");

        Assert.Equal("{src:files/a.conf,dest:/etc/my app/a.conf,mode:0600,backup:true}", Show(copy.At("args")));
    }

    [Fact]
    public void Key_value_arguments_point_at_their_value_in_the_line()
    {
        var copy = Document.Task("copy it");

        Assert.Equal((2, 47), Start(copy.At("args.dest")));
        Assert.Equal((2, 73), Start(copy.At("args.mode")));
    }

    [Fact]
    public void A_shell_command_is_free_form_text_with_its_options_taken_out()
    {
        var shell = Document.Task("run it");

        Assert.Equal("echo \"a b\" > /tmp/out", Show(shell.At("args.free_form")));
        Assert.Equal(("/srv", "/tmp/out"), (Show(shell.At("args.chdir")), Show(shell.At("args.creates"))));
        Assert.Equal((4, 10), Start(shell.At("args.free_form")));
    }

    [Fact]
    public void Jinja_with_filters_keeps_its_spaces_and_is_unknown()
    {
        var debug = Document.Task("templated");

        Assert.Equal("?", Show(debug.At("args.msg")));
        Assert.Equal("1", Show(debug.At("args.verbosity")));
    }

    [Fact]
    public void The_action_keyword_names_the_module_and_its_arguments()
    {
        var action = Document.Task("old style");

        Assert.Equal(("get_url", "false", "/tmp/x"), (Show(action.At("module")), Show(action.At("args.validate_certs")), Show(action.At("args.dest"))));
        Assert.Null(action.At("action"));
    }

    [Fact]
    public void Task_level_args_join_the_module_arguments() =>
        Assert.Equal("{cmd:/bin/true,chdir:/srv}", Show(Document.Task("mapping with args").At("args")));

    [Fact]
    public void A_leading_zero_mode_is_kept_as_written_because_Ansible_reads_it_as_octal() =>
        Assert.Equal("0777", Show(Document.Task("octal mode").At("args.mode")));

    [Fact]
    public void With_items_is_also_available_as_loop()
    {
        var task = Document.Task("a list");

        Assert.Equal("[a,b]", Show(task.At("loop")));
        Assert.Equal("with_items", task.At("loop")!.Origin);
        Assert.Equal("?", Show(task.At("args.msg")));
    }
}

using static Bulwark.Scanners.Iac.Tests.Ansible.AnsibleTestValues;

namespace Bulwark.Scanners.Iac.Tests.Ansible;

public class AnsibleVariableTests
{
    private const string Playbook = """
        - name: app
          hosts: all
          vars:
            validate: false
            app_dir: /srv/app
            owner: deploy
            paths: [/a, /b]
            nested: "{{ app_dir }}/conf"
          vars_prompt:
            - name: owner
              prompt: who?
          tasks:
            - name: fetch
              get_url:
                url: https://example.com/x
                dest: "{{ app_dir }}/x"
                validate_certs: "{{ validate }}"
                owner: "{{ owner }}"
                group: "{{ undefined_var }}"
                mode: "{{ app_dir | basename }}"
            - name: listed
              debug:
                var: "{{ paths }}"
                msg: "{{ nested }}"
            - name: task vars win
              vars:
                app_dir: /opt
              copy: src=a dest={{ app_dir }}/a
            - name: unsafe
              debug:
                msg: !unsafe "{{ app_dir }}"
        """;

    private static readonly Model.IacDocument Document = Load(Playbook);

    [Fact]
    public void A_variable_defined_as_a_literal_in_play_vars_is_resolved_with_its_origin()
    {
        var fetch = Document.Task("fetch");

        Assert.Equal("/srv/app/x", Show(fetch.At("args.dest")));
        Assert.Equal((16, 15), Start(fetch.At("args.dest")));
        Assert.Equal("vars of play app (site.yml:5)", fetch.At("args.dest")!.Origin);
    }

    [Fact]
    public void A_whole_value_variable_keeps_its_type()
    {
        Assert.Equal("false", Show(Document.Task("fetch").At("args.validate_certs")));
        Assert.Equal("[/a,/b]", Show(Document.Task("listed").At("args.var")));
    }

    [Fact]
    public void Variables_defined_through_other_variables_are_resolved() =>
        Assert.Equal("/srv/app/conf", Show(Document.Task("listed").At("args.msg")));

    [Theory]
    [InlineData("args.owner")]
    [InlineData("args.group")]
    [InlineData("args.mode")]
    public void Prompted_undefined_or_filtered_variables_are_unknown(string path) =>
        Assert.Equal("?", Show(Document.Task("fetch").At(path)));

    [Fact]
    public void Task_vars_override_play_vars() =>
        Assert.Equal("/opt/a", Show(Document.Task("task vars win").At("args.dest")));

    [Fact]
    public void An_unsafe_string_is_never_templated() =>
        Assert.Equal("{{ app_dir }}", Show(Document.Task("unsafe").At("args.msg")));
}

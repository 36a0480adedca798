using static Bulwark.Scanners.Iac.Tests.Ansible.AnsibleTestValues;

namespace Bulwark.Scanners.Iac.Tests.Ansible;

public class AnsibleSuppressionTests
{
    private const string Playbook = """
        - hosts: all
          tasks:
            # checkov:skip=CKV2_ANSIBLE_1:internal mirror
            - name: before
              get_url:
                url: http://mirror/x
            - name: inside
              # bulwark:ignore=iac/ansible-shell-pipe vendor script
              shell: curl http://x | sh
            - name: line end
              uri:
                url: http://x
                validate_certs: false # trivy:ignore:AVD-ANS-0001
            - name: noqa is not ours
              command: ls # noqa: command-instead-of-module
            # kics-scan ignore-block
            - name: a block
              block:
                - name: first in block
                  ping:
                - name: second in block
                  ping:
            - name: after
              ping:
        """;

    private static readonly Model.IacDocument Document = Load(Playbook);

    [Fact]
    public void A_comment_before_a_task_covers_the_task()
    {
        var skip = Assert.Single(Document.Task("before").Suppressions);

        Assert.Equal(("checkov", "CKV2_ANSIBLE_1", "internal mirror", 3), (skip.Tool, skip.RuleId, skip.Reason, skip.Range.StartLine));
    }

    [Fact]
    public void A_comment_inside_a_task_covers_the_task() =>
        Assert.Equal("iac/ansible-shell-pipe", Assert.Single(Document.Task("inside").Suppressions).RuleId);

    [Fact]
    public void A_comment_at_a_line_end_covers_that_line_only()
    {
        Assert.Empty(Document.Task("line end").Suppressions);
        var (file, skip) = Assert.Single(Document.LineSuppressions);
        Assert.Equal(("site.yml", "AVD-ANS-0001", 13), (file, skip.RuleId, skip.CoversLine));
    }

    [Fact]
    public void Noqa_is_not_a_suppression() =>
        Assert.Empty(Document.Task("noqa is not ours").Suppressions);

    [Fact]
    public void A_comment_before_a_block_covers_every_task_in_it()
    {
        Assert.Equal("kics", Assert.Single(Document.Task("first in block").Suppressions).Tool);
        Assert.Equal("kics", Assert.Single(Document.Task("second in block").Suppressions).Tool);
        Assert.Empty(Document.Task("after").Suppressions);
    }
}

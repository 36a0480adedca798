using Bulwark.Scanners.Iac.Model;
using static Bulwark.Scanners.Iac.Tests.Kubernetes.K8sTestValues;

namespace Bulwark.Scanners.Iac.Tests.Kubernetes;

public class KubernetesSuppressionTests
{
    [Fact]
    public void A_comment_before_a_document_or_its_first_key_suppresses_its_resources()
    {
        var document = Load("""
            # bulwark:ignore=k8s/host-pid trusted node agent
            apiVersion: v1
            kind: Pod
            metadata:
              name: agent
            spec:
              containers: [{name: a, image: a}]
            # trivy:ignore:KSV-0017
            ---
            apiVersion: v1
            kind: Pod
            metadata:
              name: second
            ---
            # tfsec:ignore:kubernetes-no-privileged
            apiVersion: v1
            kind: Pod
            metadata:
              name: third
            """);

        var agent = Assert.Single(document.Resource("Pod", "agent").Suppressions);
        Assert.Equal(("bulwark", "k8s/host-pid", "trusted node agent", 1), (agent.Tool, agent.RuleId, agent.Reason, agent.Range.StartLine));
        Assert.Equal(agent, Assert.Single(document.PodSpec("agent").Suppressions));
        Assert.Equal(("trivy", "KSV-0017"), Tool(Assert.Single(document.Resource("Pod", "second").Suppressions)));
        Assert.Equal(("tfsec", "kubernetes-no-privileged"), Tool(Assert.Single(document.Resource("Pod", "third").Suppressions)));
        Assert.Empty(document.LineSuppressions);
    }

    [Fact]
    public void A_checkov_skip_anywhere_in_a_document_or_in_an_annotation_suppresses_the_resource()
    {
        var document = Load("""
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
              annotations:
                checkov.io/skip1: CKV_K8S_20=runs as root by design
            spec:
              template:
                spec:
                  containers:
                  # checkov:skip=CKV_K8S_16:privileged for the device plugin
                  - name: web
                    image: web
                    securityContext: {privileged: true}  # checkov:skip=CKV_K8S_22
            """);

        var web = document.Resource("Deployment", "web");
        Assert.Equal(
            [("checkov", "CKV_K8S_16", 11), ("checkov", "CKV_K8S_22", 14), ("checkov", "CKV_K8S_20", 6)],
            web.Suppressions.Select(s => (s.Tool, s.RuleId, s.Range.StartLine)));
        Assert.Equal("runs as root by design", web.Suppressions[2].Reason);
        Assert.Equal(web.Suppressions, document.PodSpec("web").Suppressions);
        Assert.Empty(document.LineSuppressions);
    }

    [Fact]
    public void A_comment_at_the_end_of_a_line_covers_that_line()
    {
        var document = Load("""
            apiVersion: v1
            kind: Pod
            metadata:
              name: app
            spec:
              hostNetwork: true  # bulwark:ignore=k8s/host-network needs the node's ports
              containers:
              - name: app
                image: "app # not a comment"
                securityContext:
                  privileged: true # trivy:ignore:KSV-0017
            """);

        Assert.Empty(document.Resource("Pod", "app").Suppressions);
        Assert.Equal(
            [("bulwark", "k8s/host-network", 6), ("trivy", "KSV-0017", 11)],
            document.LineSuppressions.Select(l => (l.Suppression.Tool, l.Suppression.RuleId, l.Suppression.CoversLine)));
        Assert.All(document.LineSuppressions, l => Assert.Equal("deploy/app.yaml", l.File));
        Assert.Equal(11, document.PodSpec("app").Line("containers.0.effectiveSecurityContext.privileged"));
    }

    [Fact]
    public void A_kics_ignore_line_covers_the_next_line_with_content_and_ignore_block_the_block_below_it()
    {
        var document = Load("""
            apiVersion: v1
            kind: Pod
            metadata:
              name: app
            spec:
              # kics-scan ignore-line
              hostIPC: true
              containers:
              # kics-scan ignore-block

              - name: app
                image: app
                securityContext:
                  privileged: true
              - name: other
                image: other
            """);

        var covered = document.LineSuppressions.Select(l => (l.Suppression.Reason, l.Suppression.CoversLine)).ToList();
        Assert.Equal(
            [("ignore-line", 7), ("ignore-block", 11), ("ignore-block", 12), ("ignore-block", 13), ("ignore-block", 14)],
            covered);
        Assert.All(document.LineSuppressions, l => Assert.Null(l.Suppression.RuleId));
    }

    [Fact]
    public void Another_tools_comment_on_its_own_line_inside_a_document_covers_the_next_line()
    {
        var document = Load("""
            apiVersion: v1
            kind: Pod
            metadata:
              name: app
            spec:
              containers:
              - name: app
                image: app
                securityContext:
                  # bulwark:ignore=k8s/privileged-container GPU driver
                  privileged: true
            """);

        var line = Assert.Single(document.LineSuppressions).Suppression;
        Assert.Equal(("bulwark", "k8s/privileged-container", 11, 10), (line.Tool, line.RuleId, line.CoversLine, line.Range.StartLine));
        Assert.Empty(document.Resource("Pod", "app").Suppressions);
    }

    [Fact]
    public void Kics_ignore_or_disable_at_the_top_of_the_file_covers_every_resource()
    {
        var document = Load("""
            # kics-scan ignore
            # kics-scan disable=a9c2f49d-0671-4fc9-9ece-f4e261e128d0
            ---
            apiVersion: v1
            kind: Pod
            metadata:
              name: one
            spec:
              containers: []
            ---
            apiVersion: v1
            kind: Secret
            metadata:
              name: two
            """);

        Assert.Equal(3, document.Resources.Count);
        Assert.All(document.Resources, r => Assert.Equal(
            [("kics", null, "ignore"), ("kics", "a9c2f49d-0671-4fc9-9ece-f4e261e128d0", "disable=a9c2f49d-0671-4fc9-9ece-f4e261e128d0")],
            r.Suppressions.Select(s => (s.Tool, s.RuleId, s.Reason))));
    }

    [Fact]
    public void A_hash_inside_a_block_scalar_is_content_not_a_suppression()
    {
        var document = Load("""
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: script
            data:
              run.sh: |
                # bulwark:ignore
                echo hi
            """);

        Assert.Empty(document.Resource("ConfigMap", "script").Suppressions);
        Assert.Empty(document.LineSuppressions);
        var data = Assert.IsType<IacObject>(document.Resource("ConfigMap", "script").At("data"));
        Assert.Equal("# bulwark:ignore\necho hi", Show(data["run.sh"]));
    }

    private static (string Tool, string? RuleId) Tool(IacSuppression s) => (s.Tool, s.RuleId);
}

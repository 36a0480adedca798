using Bulwark.Scanners.Iac.Model;
using static Bulwark.Scanners.Iac.Tests.Kubernetes.K8sTestValues;

namespace Bulwark.Scanners.Iac.Tests.Kubernetes;

public class KubernetesSecurityContextTests
{
    private const string Pod = """
        apiVersion: v1
        kind: Pod
        metadata:
          name: app
        spec:
          securityContext:
            runAsNonRoot: true
            runAsUser: 1000
            seccompProfile:
              type: RuntimeDefault
            fsGroup: 2000
            windowsOptions:
              gmsaCredentialSpecName: pod-spec
              gmsaCredentialSpec: pod-json
              runAsUserName: pod-user
          containers:
          - name: app
            image: app
            securityContext:
              runAsNonRoot: false
              privileged: true
              allowPrivilegeEscalation: null
              windowsOptions:
                gmsaCredentialSpecName: own-spec
          - name: quiet
            image: quiet
        """;

    [Fact]
    public void A_field_the_container_sets_wins_over_the_pods_and_points_at_the_containers_line()
    {
        var pod = Load(Pod).PodSpec("app");

        Assert.Equal("false", Show(pod.At("containers.0.effectiveSecurityContext.runAsNonRoot")));
        Assert.Equal(20, pod.Line("containers.0.effectiveSecurityContext.runAsNonRoot"));
    }

    [Fact]
    public void A_field_only_the_pod_sets_is_inherited_and_points_at_the_pods_line()
    {
        var pod = Load(Pod).PodSpec("app");

        Assert.Equal("{type:RuntimeDefault}", Show(pod.At("containers.0.effectiveSecurityContext.seccompProfile")));
        Assert.Equal(10, pod.Line("containers.0.effectiveSecurityContext.seccompProfile.type"));
        Assert.Equal(8, pod.Line("containers.0.effectiveSecurityContext.runAsUser"));
        Assert.Equal(7, pod.Line("containers.1.effectiveSecurityContext.runAsNonRoot"));
        Assert.Equal("true", Show(pod.At("containers.1.effectiveSecurityContext.runAsNonRoot")));
    }

    [Fact]
    public void Container_only_fields_and_pod_only_fields_do_not_cross_over()
    {
        var pod = Load(Pod).PodSpec("app");

        Assert.Equal("true", Show(pod.At("containers.0.effectiveSecurityContext.privileged")));
        Assert.Equal(21, pod.Line("containers.0.effectiveSecurityContext.privileged"));
        Assert.Null(pod.At("containers.1.effectiveSecurityContext.privileged"));
        Assert.Null(pod.At("containers.0.effectiveSecurityContext.fsGroup"));
    }

    [Fact]
    public void A_field_written_as_null_is_unset_as_the_kubelet_reads_it()
    {
        var pod = Load(Pod).PodSpec("app");

        Assert.Null(pod.At("containers.0.effectiveSecurityContext.allowPrivilegeEscalation"));
    }

    [Fact]
    public void Windows_options_merge_field_by_field_and_the_two_gmsa_fields_travel_together()
    {
        var pod = Load(Pod).PodSpec("app");

        Assert.Equal("{runAsUserName:pod-user,gmsaCredentialSpecName:own-spec}", Show(pod.At("containers.0.effectiveSecurityContext.windowsOptions")));
        Assert.Equal(15, pod.Line("containers.0.effectiveSecurityContext.windowsOptions.runAsUserName"));
        Assert.Equal(24, pod.Line("containers.0.effectiveSecurityContext.windowsOptions.gmsaCredentialSpecName"));
        Assert.Equal(
            "{gmsaCredentialSpecName:pod-spec,gmsaCredentialSpec:pod-json,runAsUserName:pod-user}",
            Show(pod.At("containers.1.effectiveSecurityContext.windowsOptions")));
    }

    [Fact]
    public void The_effective_context_points_at_the_containers_own_context_or_else_at_the_container()
    {
        var pod = Load(Pod).PodSpec("app");

        var own = Assert.IsType<IacObject>(pod.At("containers.0")).Member("effectiveSecurityContext")!;
        Assert.Equal(19, own.KeyRange.StartLine);
        var inherited = Assert.IsType<IacObject>(pod.At("containers.1")).Member("effectiveSecurityContext")!;
        Assert.Equal(25, inherited.KeyRange.StartLine);
        Assert.Equal(25, inherited.Value.Range.StartLine);
    }

    [Fact]
    public void With_no_security_context_anywhere_the_effective_context_is_empty()
    {
        var pod = Load("""
            apiVersion: v1
            kind: Pod
            metadata:
              name: bare
            spec:
              containers:
              - name: bare
                image: bare
            """).PodSpec("bare");

        Assert.Equal("{}", Show(pod.At("containers.0.effectiveSecurityContext")));
        Assert.Equal(7, pod.Line("containers.0.effectiveSecurityContext"));
    }
}

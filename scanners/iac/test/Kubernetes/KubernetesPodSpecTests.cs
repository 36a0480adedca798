using Bulwark.Scanners.Iac.Kubernetes;
using Bulwark.Scanners.Iac.Model;
using static Bulwark.Scanners.Iac.Tests.Kubernetes.K8sTestValues;

namespace Bulwark.Scanners.Iac.Tests.Kubernetes;

public class KubernetesPodSpecTests
{
    // Each workload kind with its pod template indented where that kind keeps it; the container's image is
    // always the last line, so its line number is the template's depth plus the header.
    public static TheoryData<string, string> Workloads => new()
    {
        { "Pod", "spec:\n  hostPID: true\n  containers:\n  - name: app\n    image: app:1" },
        { "Deployment", Templated("spec:\n  template:", 4) },
        { "StatefulSet", Templated("spec:\n  template:", 4) },
        { "DaemonSet", Templated("spec:\n  template:", 4) },
        { "ReplicaSet", Templated("spec:\n  template:", 4) },
        { "ReplicationController", Templated("spec:\n  template:", 4) },
        { "Job", Templated("spec:\n  template:", 4) },
        { "CronJob", Templated("spec:\n  schedule: '@daily'\n  jobTemplate:\n    spec:\n      template:", 8) },
    };

    [Theory]
    [MemberData(nameof(Workloads))]
    public void Every_workload_kind_yields_a_PodSpec_at_the_workloads_address(string kind, string body)
    {
        var yaml = $"apiVersion: v1\nkind: {kind}\nmetadata:\n  name: app\n  namespace: team\n{body}\n";
        var document = Load(yaml);

        var workload = document.Resource(kind, "app");
        var pod = document.PodSpec("app");
        var lastLine = yaml.Split('\n').Length - 1;
        Assert.Equal($"{kind}/team/app", pod.Address);
        Assert.Equal(workload.Address, pod.Address);
        Assert.Equal(IacPlatform.Kubernetes, pod.Platform);
        Assert.Equal(kind, Show(pod.At("workloadKind")));
        Assert.Equal(2, pod.Line("workloadKind"));
        Assert.Equal("true", Show(pod.At("hostPID")));
        Assert.Equal(lastLine - 3, pod.Line("hostPID"));
        Assert.Equal("app:1", Show(pod.At("containers.0.image")));
        Assert.Equal(lastLine, pod.Line("containers.0.image"));
        Assert.Equal("regular", Show(pod.At("containers.0.containerType")));
        Assert.Equal(lastLine, pod.Range.EndLine);
    }

    [Fact]
    public void Init_regular_and_ephemeral_containers_are_listed_together_with_their_type()
    {
        var pod = Load("""
            apiVersion: v1
            kind: Pod
            metadata:
              name: app
            spec:
              initContainers:
              - name: migrate
                image: tool
              containers:
              - name: app
                image: app
              ephemeralContainers:
              - name: debug
                image: busybox
            """).PodSpec("app");

        var containers = Assert.IsType<IacList>(pod.At("containers"));
        Assert.Equal(["migrate:init", "app:regular", "debug:ephemeral"],
            containers.Items.Select(c => Show(c.At("name")) + ":" + Show(c.At("containerType"))));
        Assert.Equal([7, 10, 13], containers.Items.Select(c => c.At("name")!.Range.StartLine));
        Assert.Equal(7, pod.Line("containers.0.containerType"));
        Assert.Equal("migrate", Show(pod.At("initContainers.0.name")));
    }

    [Fact]
    public void Pod_annotations_and_labels_come_from_the_template_and_are_empty_objects_when_absent()
    {
        var document = Load("""
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
              annotations:
                owner: team-a
            spec:
              template:
                metadata:
                  annotations:
                    container.apparmor.security.beta.kubernetes.io/web: unconfined
                  labels:
                    app: web
                spec:
                  containers: []
            ---
            apiVersion: batch/v1
            kind: Job
            metadata:
              name: once
            spec:
              template:
                spec:
                  containers: []
            """);

        var web = document.PodSpec("web");
        var apparmor = Assert.Single(Assert.IsType<IacObject>(web.At("podAnnotations")).Members);
        Assert.Equal("container.apparmor.security.beta.kubernetes.io/web", apparmor.Key);
        Assert.Equal("unconfined", Show(apparmor.Value));
        Assert.Equal(11, apparmor.Value.Range.StartLine);
        Assert.Equal("{app:web}", Show(web.At("podLabels")));
        var once = document.PodSpec("once");
        Assert.Equal("{}", Show(once.At("podAnnotations")));
        Assert.Equal("{}", Show(once.At("podLabels")));
        Assert.Equal("[]", Show(once.At("containers")));
    }

    [Fact]
    public void Objects_that_run_no_pods_and_workloads_without_a_template_get_no_PodSpec()
    {
        var document = Load("""
            apiVersion: v1
            kind: Service
            metadata:
              name: web
            spec:
              selector: {app: web}
            ---
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: half-written
            spec:
              replicas: 2
            """);

        Assert.Equal(["Service", "Deployment"], document.Resources.Select(r => r.Type));
    }

    private static string Templated(string header, int depth)
    {
        var pad = new string(' ', depth);
        return $"{header}\n{pad}spec:\n{pad}  hostPID: true\n{pad}  containers:\n{pad}  - name: app\n{pad}    image: app:1";
    }
}

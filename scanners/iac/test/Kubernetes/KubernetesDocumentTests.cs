using Bulwark.Scanners.Iac.Kubernetes;
using Bulwark.Scanners.Iac.Model;
using static Bulwark.Scanners.Iac.Tests.Kubernetes.K8sTestValues;

namespace Bulwark.Scanners.Iac.Tests.Kubernetes;

public class KubernetesDocumentTests
{
    [Fact]
    public void Each_document_of_a_multi_document_file_is_a_resource_with_its_own_range()
    {
        var document = Load("""
            apiVersion: v1
            kind: Namespace
            metadata:
              name: prod
            ---
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: settings
              namespace: prod
            data:
              mode: fast
            ---
            # only a comment here
            ---
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: web, namespace: prod}
            spec:
              template:
                spec:
                  containers: [{name: web, image: nginx}]
            """);

        Assert.Empty(document.Diagnostics);
        Assert.Equal(IacPlatform.Kubernetes, document.Platform);
        Assert.Equal(
            ["Namespace/prod", "ConfigMap/prod/settings", "Deployment/prod/web", "Deployment/prod/web"],
            document.Resources.Select(r => r.Address));
        var config = document.Resource("ConfigMap", "settings");
        Assert.Equal((6, 12), (config.Range.StartLine, config.Range.EndLine));
        Assert.Equal(12, config.Line("data.mode"));
        Assert.Equal("deploy/app.yaml", config.File);
        var web = document.Resource("Deployment", "web");
        Assert.Equal((16, 22), (web.Range.StartLine, web.Range.EndLine));
        Assert.Equal(22, web.Line("spec.template.spec.containers.0.image"));
    }

    [Fact]
    public void A_List_yields_each_item_as_its_own_resource()
    {
        var document = Load("""
            apiVersion: v1
            kind: List
            items:
            - apiVersion: v1
              kind: Service
              metadata:
                name: api
              spec:
                type: LoadBalancer
            - apiVersion: v1
              kind: Pod
              metadata:
                name: runner
              spec:
                containers:
                - name: runner
                  image: busybox
            """);

        Assert.Equal(["Service/api", "Pod/runner", "Pod/runner"], document.Resources.Select(r => r.Address));
        var service = document.Resource("Service", "api");
        Assert.Equal("LoadBalancer", Show(service.At("spec.type")));
        Assert.Equal(9, service.Line("spec.type"));
        Assert.Equal((4, 9), (service.Range.StartLine, service.Range.EndLine));
        Assert.Equal(17, document.PodSpec("runner").Line("containers.0.image"));
    }

    [Fact]
    public void A_JSON_manifest_is_read_with_positions_even_when_indented_with_tabs()
    {
        var document = KubernetesLoader.Load("deploy/pod.json", "{\n\t\"apiVersion\": \"v1\",\n\t\"kind\": \"Pod\",\n\t\"metadata\": {\"name\": \"db\", \"namespace\": \"data\"},\n\t\"spec\": {\n\t\t\"hostNetwork\": true,\n\t\t\"containers\": [{\"name\": \"db\", \"image\": \"postgres\"}]\n\t}\n}\n");

        Assert.Empty(document.Diagnostics);
        var pod = document.Resource("Pod", "db");
        Assert.Equal("Pod/data/db", pod.Address);
        Assert.True(Assert.IsType<IacBool>(pod.At("spec.hostNetwork")).Value);
        Assert.Equal(6, pod.Line("spec.hostNetwork"));
        Assert.Equal(7, document.PodSpec("db").Line("containers.0.image"));
    }

    [Fact]
    public void A_JSON_List_as_kubectl_prints_it_yields_its_items()
    {
        var document = KubernetesLoader.Load("all.json", """
            {
              "apiVersion": "v1",
              "kind": "List",
              "items": [
                {"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": "a"}},
                {"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": "b"}}
              ]
            }
            """);

        Assert.Equal(["Namespace/a", "Namespace/b"], document.Resources.Select(r => r.Address));
        Assert.Equal(6, document.Resource("Namespace", "b").Range.StartLine);
    }

    [Fact]
    public void Rbac_service_and_network_policy_objects_load_as_plain_attribute_trees()
    {
        var document = Load("""
            apiVersion: rbac.authorization.k8s.io/v1
            kind: ClusterRole
            metadata:
              name: everything
            rules:
            - apiGroups: ["*"]
              resources: ["*"]
              verbs: ["*"]
            ---
            apiVersion: rbac.authorization.k8s.io/v1
            kind: ClusterRoleBinding
            metadata:
              name: ops-admin
            roleRef:
              apiGroup: rbac.authorization.k8s.io
              kind: ClusterRole
              name: cluster-admin
            subjects:
            - kind: Group
              name: ops
            ---
            apiVersion: v1
            kind: Service
            metadata:
              name: api
              namespace: shop
            spec:
              type: NodePort
              ports:
              - port: 80
                nodePort: 30080
            ---
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata:
              name: default-deny
              namespace: shop
            spec:
              podSelector: {}
              policyTypes: [Ingress, Egress]
            """);

        Assert.Empty(document.Diagnostics);
        var role = document.Resource("ClusterRole", "everything");
        Assert.Equal("[*]", Show(role.At("rules.0.verbs")));
        Assert.Equal(8, role.Line("rules.0.verbs.0"));
        var binding = document.Resource("ClusterRoleBinding", "ops-admin");
        Assert.Equal("cluster-admin", Show(binding.At("roleRef.name")));
        Assert.Equal(17, binding.Line("roleRef.name"));
        var service = document.Resource("Service", "api");
        Assert.Equal("Service/shop/api", service.Address);
        Assert.Equal("NodePort", Show(service.At("spec.type")));
        Assert.Equal(30080d, Assert.IsType<IacNumber>(service.At("spec.ports.0.nodePort")).Value);
        var policy = document.Resource("NetworkPolicy", "default-deny");
        Assert.Equal("NetworkPolicy/shop/default-deny", policy.Address);
        Assert.Equal("{}", Show(policy.At("spec.podSelector")));
        Assert.DoesNotContain(document.Resources, r => r.Type == KubernetesLoader.PodSpecType);
    }

    [Fact]
    public void Anchors_and_merge_keys_are_resolved_with_the_positions_they_are_written_at()
    {
        var document = Load("""
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
              labels: &labels
                app: web
            spec:
              selector:
                matchLabels: *labels
              template:
                metadata:
                  labels: *labels
                spec:
                  containers:
                  - &base
                    name: web
                    image: nginx:1.27
                    securityContext:
                      privileged: true
                  - <<: *base
                    name: sidecar
            """);

        var web = document.Resource("Deployment", "web");
        Assert.Equal("{app:web}", Show(web.At("spec.selector.matchLabels")));
        var pod = document.PodSpec("web");
        Assert.Equal("{app:web}", Show(pod.At("podLabels")));
        Assert.Equal(6, pod.Line("podLabels.app"));
        Assert.Equal("sidecar", Show(pod.At("containers.1.name")));
        Assert.Equal(21, pod.Line("containers.1.name"));
        Assert.Equal("nginx:1.27", Show(pod.At("containers.1.image")));
        Assert.Equal(19, pod.Line("containers.1.effectiveSecurityContext.privileged"));
    }

    [Fact]
    public void An_object_without_a_name_is_told_apart_by_its_document_number()
    {
        var document = Load("""
            apiVersion: v1
            kind: Pod
            metadata:
              generateName: job-
            ---
            apiVersion: v1
            kind: ConfigMap
            data: {}
            ---
            just: a mapping without kind
            """);

        Assert.Equal(["Pod/job-", "ConfigMap/(document 2)"], document.Resources.Select(r => r.Address));
    }
}

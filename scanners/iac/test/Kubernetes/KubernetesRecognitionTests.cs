using Bulwark.Scanners.Iac.Kubernetes;

namespace Bulwark.Scanners.Iac.Tests.Kubernetes;

public class KubernetesRecognitionTests
{
    private const string Manifest = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: a\n";

    [Theory]
    [InlineData("k8s/pod.yaml", Manifest, true)]
    [InlineData("k8s/pod.yml", Manifest, true)]
    [InlineData("k8s/pod.YAML", Manifest, true)]
    [InlineData("k8s/pod.txt", Manifest, false)]
    [InlineData("k8s/all.yaml", "# generated\n---\nkind: Namespace\napiVersion: v1\n", true)]
    [InlineData("k8s/all.yaml", "\uFEFFapiVersion: v1\nkind: Namespace\n", true)]
    [InlineData("k8s/values.yaml", "replicaCount: 2\nimage:\n  repository: nginx\n", false)]
    [InlineData("charts/app/Chart.yaml", "apiVersion: v2\nname: app\nversion: 1.0.0\n", false)]
    [InlineData("charts/app/templates/deploy.yaml", "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {{ .Release.Name }}\n", false)]
    [InlineData("templates/deploy.yaml", "apiVersion: v1\nkind: Pod\nmetadata:\n  name: {{ .Values.name }}\n", false)]
    [InlineData("docker-compose.yml", "services:\n  web:\n    image: nginx\n", false)]
    [InlineData("stack.yaml", "version: '3'\nservices:\n  web:\n    image: nginx\napiVersion: x\nkind: y\n", false)]
    [InlineData("template.yaml", "AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  B:\n    Type: AWS::S3::Bucket\n", false)]
    [InlineData("playbook.yml", "- hosts: all\n  tasks:\n  - kubernetes.core.k8s:\n      definition:\n        apiVersion: v1\n        kind: Namespace\n", false)]
    [InlineData("tasks/main.yml", "- name: ns\n  k8s:\n    definition:\n      apiVersion: v1\n      kind: Namespace\n", false)]
    public void Yaml_with_a_top_level_apiVersion_and_kind_is_a_manifest_unless_another_platform_owns_it(string path, string text, bool expected) =>
        Assert.Equal(expected, KubernetesLoader.Recognises(path, text));

    [Theory]
    [InlineData("pod.json", "{\"apiVersion\": \"v1\", \"kind\": \"Pod\", \"metadata\": {\"name\": \"a\"}}", true)]
    [InlineData("list.json", "{\"kind\": \"List\", \"items\": [], \"apiVersion\": \"v1\"}", true)]
    [InlineData("package.json", "{\"name\": \"app\", \"version\": \"1.0.0\"}", false)]
    [InlineData("azuredeploy.json", "{\"$schema\": \"https://schema.management.azure.com/\", \"resources\": [{\"apiVersion\": \"2021-01-01\", \"kind\": \"StorageV2\"}]}", false)]
    [InlineData("broken.json", "{\"apiVersion\": ", false)]
    [InlineData("array.json", "[{\"apiVersion\": \"v1\", \"kind\": \"Pod\"}]", false)]
    public void Json_is_a_manifest_when_its_root_object_has_apiVersion_and_kind(string path, string text, bool expected) =>
        Assert.Equal(expected, KubernetesLoader.Recognises(path, text));
}

using Bulwark.Scanners.Iac.Compose;
using Bulwark.Scanners.Iac.Kubernetes;

namespace Bulwark.Scanners.Iac.Tests.Compose;

public class ComposeRecognitionTests
{
    private const string Services = "services:\n  web:\n    image: nginx\n";
    private const string Manifest = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  template:\n    spec:\n      containers:\n      - image: nginx\n";

    [Theory]
    [InlineData("docker-compose.yml", "version: '3'\n", true)]
    [InlineData("deploy/docker-compose.prod.yaml", Services, true)]
    [InlineData("compose.yaml", Services, true)]
    [InlineData("compose.override.yml", "services:\n  web:\n    environment: [DEBUG=1]\n", true)]
    [InlineData("Docker-Compose.YML", Services, true)]
    [InlineData("stack.yml", Services, true)]
    [InlineData("stack.yml", "services:\n  web:\n    build: .\n", true)]
    [InlineData("stack.yml", "services:\n  - name: web\n", false)]
    [InlineData("settings.yml", "services: [a, b]\nother: x\n", false)]
    [InlineData("docker-compose.json", Services, false)]
    [InlineData("compose.yaml", Manifest, false)]
    [InlineData("k8s/web.yaml", Manifest, false)]
    public void Compose_files_are_recognised_by_name_or_by_a_services_mapping_with_images(string path, string text, bool expected) =>
        Assert.Equal(expected, ComposeLoader.Recognises(path, text));

    [Theory]
    [InlineData("docker-compose.yml", Services)]
    [InlineData("stack.yml", Services)]
    public void A_compose_file_is_not_taken_for_kubernetes(string path, string text)
    {
        Assert.True(ComposeLoader.Recognises(path, text));
        Assert.False(KubernetesLoader.Recognises(path, text));
    }

    [Fact]
    public void A_kubernetes_manifest_is_not_taken_for_compose()
    {
        Assert.True(KubernetesLoader.Recognises("k8s/web.yaml", Manifest));
        Assert.False(ComposeLoader.Recognises("k8s/web.yaml", Manifest));
    }
}

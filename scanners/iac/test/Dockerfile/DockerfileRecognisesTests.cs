using Bulwark.Scanners.Iac.Dockerfile;

namespace Bulwark.Scanners.Iac.Tests.Dockerfile;

public class DockerfileRecognisesTests
{
    [Theory]
    [InlineData("Dockerfile", "", true)]
    [InlineData("src/api/Dockerfile", "", true)]
    [InlineData(@"src\api\dockerfile", "", true)]
    [InlineData("Containerfile", "", true)]
    [InlineData("build/api.Dockerfile", "", true)]
    [InlineData("build/api.dockerfile", "", true)]
    [InlineData("Dockerfile.dev", "FROM alpine\n", true)]
    [InlineData("Containerfile.prod", "# base\nfrom alpine\n", true)]
    [InlineData("Dockerfile.md", "How to build the image\n", false)]
    [InlineData("Dockerfile.dockerignore", "FROM alpine\n", false)]
    [InlineData("docker-compose.yml", "FROM alpine\n", false)]
    [InlineData("MyDockerfile", "FROM alpine\n", false)]
    public void Recognises_docker_and_container_files_by_name(string path, string text, bool expected) =>
        Assert.Equal(expected, DockerfileLoader.Recognises(path, text));
}

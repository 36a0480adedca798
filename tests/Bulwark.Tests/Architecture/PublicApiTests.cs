using Bulwark.Tests.Reporters;
using PublicApiGenerator;

namespace Bulwark.Tests.Architecture;

/// <summary>
/// The SDK is the contract every room and host builds on: its public surface is approved in a file beside
/// this test, so a change to it is a deliberate, reviewed diff. Regenerate with BULWARK_UPDATE_API=1.
/// </summary>
public class PublicApiTests
{
    [Fact]
    public void The_sdk_public_api_matches_the_approved_snapshot()
    {
        var actual = typeof(Sdk.Finding).Assembly.GeneratePublicApi(new ApiGeneratorOptions { IncludeAssemblyAttributes = false });
        var path = Path.Combine(TestPaths.RepoRoot, "tests", "Bulwark.Tests", "Architecture", "Bulwark.Sdk.approved.txt");
        if (Environment.GetEnvironmentVariable("BULWARK_UPDATE_API") == "1")
        {
            File.WriteAllText(path, actual);
        }

        Assert.True(File.Exists(path), "the approved API file is missing; create it with BULWARK_UPDATE_API=1");
        Assert.Equal(File.ReadAllText(path), actual);
    }
}

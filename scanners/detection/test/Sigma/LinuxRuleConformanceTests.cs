using Bulwark.Scanners.Detection.Sigma.Compiling;
using Bulwark.Scanners.Detection.Sigma.Loading;

namespace Bulwark.Scanners.Detection.Tests.Sigma;

/// <summary>Every SigmaHQ Linux rule in ../shared loads and compiles, and none is refused.</summary>
public sealed class LinuxRuleConformanceTests
{
    [SharedSigmaFact]
    public void Every_linux_rule_loads_and_compiles_without_a_refusal()
    {
        var files = Directory.EnumerateFiles(SharedSigma.LinuxRules!, "*.yml", SearchOption.AllDirectories).Count();
        var set = SigmaLoader.Load([SharedSigma.LinuxRules!]);
        var (compiled, problems) = SigmaCompiler.CompileAll(set.Rules);

        Assert.Equal([], set.Problems.Concat(problems).Select(p => p.ToString()));
        Assert.Equal(files, set.Rules.Count);
        Assert.Equal(files, compiled.Count);
        Assert.Empty(set.Correlations);
    }
}

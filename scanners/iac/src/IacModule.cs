using Bulwark.Scanners.Iac.Policy;
using Bulwark.Scanners.Iac.Verify;
using Bulwark.Sdk;

namespace Bulwark.Scanners.Iac;

/// <summary>The IaC scanner as the catalog lists it: its settings, built-in rules, and how a scan's rules are assembled.</summary>
public sealed class IacModule : IScannerModule
{
    /// <summary>The scanner id.</summary>
    public const string Id = "iac";

    /// <summary>Extra rule files in Bulwark's IaC rule format.</summary>
    public static readonly SettingInfo RuleFiles = new("iac.rules", SettingType.List,
        "Extra IaC rule files (Bulwark's YAML rule format, see scanners/iac/README.md), added to the built-in rules.");

    /// <inheritdoc />
    public ScannerInfo Info { get; } = new(Id, "1", "Finds misconfigurations in Terraform, CloudFormation, Kubernetes, Dockerfiles, Compose and Ansible before they deploy.")
    {
        Settings = [RuleFiles],
    };

    /// <inheritdoc />
    public IReadOnlyList<RuleInfo> BuiltInRules => [.. (IacRuleSet.BuiltIn.Value ?? []).Select(r => r.Info), Scanning.IacFindings.ParseErrorInfo];

    /// <inheritdoc />
    public Created<IScanner> Create(ScannerOptions options)
    {
        var rules = Assemble(options.Settings);
        return rules.Succeeded
            ? Created<IScanner>.Ok(new IacScanner(Info, rules.Value!.Where(r => options.IsRuleEnabled(r.Info)).ToList()))
            : Created<IScanner>.Failed(rules.Problems);
    }

    /// <inheritdoc />
    public IReadOnlyList<ConfigProblem> VerifyRules(ScannerOptions options)
    {
        var rules = Assemble(options.Settings);
        return rules.Succeeded ? RuleTestRunner.Verify(rules.Value!) : rules.Problems;
    }

    private static Created<IReadOnlyList<IacRule>> Assemble(ISettingValues settings)
    {
        var files = new List<(string, string)>();
        foreach (var file in settings.GetList(RuleFiles.Key))
        {
            try
            {
                files.Add((file, File.ReadAllText(settings.ResolvePath(RuleFiles.Key, file))));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return Created<IReadOnlyList<IacRule>>.Failed(settings.Where(RuleFiles.Key), $"cannot read rule file {file}: {e.Message}");
            }
        }

        return IacRuleSet.With(files);
    }
}

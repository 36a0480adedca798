using Bulwark.Scanners.Secrets.Gitleaks;
using Bulwark.Scanners.Secrets.Loading;
using Bulwark.Scanners.Secrets.Verify;
using Bulwark.Sdk;

namespace Bulwark.Scanners.Secrets;

/// <summary>The secret scanner as the catalog lists it: its settings, built-in rules, and how a scan's rule set is assembled.</summary>
public sealed class SecretsModule : IScannerModule
{
    /// <summary>The scanner id.</summary>
    public const string Id = "secrets";

    /// <summary>Extra rule files in Bulwark's secret rule format.</summary>
    public static readonly SettingInfo RuleFiles = new("secrets.rules", SettingType.List,
        "Extra secret rule files (Bulwark's YAML rule format), added to the built-in rules.");

    /// <summary>A gitleaks config to load.</summary>
    public static readonly SettingInfo GitleaksFile = new("secrets.config", SettingType.Path,
        "A gitleaks TOML config: its rules and allowlists are loaded (with [extend] useDefault = true on top of the built-in rules, otherwise instead of them).");

    /// <inheritdoc />
    public ScannerInfo Info { get; } = new(Id, "1", "Finds credentials (API keys, tokens, private keys, passwords) committed in files or git history.")
    {
        Settings = [GitleaksFile, RuleFiles],
    };

    /// <inheritdoc />
    public IReadOnlyList<RuleInfo> BuiltInRules => SecretRuleSet.BuiltIn.Value?.Rules.Select(r => r.Info).ToList() ?? [];

    /// <inheritdoc />
    public Created<IScanner> Create(ScannerOptions options)
    {
        var set = Assemble(options.Settings);
        return set.Succeeded
            ? Created<IScanner>.Ok(new SecretsScanner(Info, set.Value!, options.IsRuleEnabled))
            : Created<IScanner>.Failed(set.Problems);
    }

    /// <inheritdoc />
    public IReadOnlyList<ConfigProblem> VerifyRules(ScannerOptions options)
    {
        var set = Assemble(options.Settings);
        return set.Succeeded ? RuleVerifier.Verify(set.Value!) : set.Problems;
    }

    /// <summary>The rule set the settings describe: built-in rules, then a gitleaks config, then extra rule files.</summary>
    public static Created<SecretRuleSet> Assemble(ISettingValues settings)
    {
        var set = SecretRuleSet.BuiltIn;
        if (set.Succeeded && settings.Get(GitleaksFile.Key) is { } gitleaks)
        {
            set = GitleaksConfig.Load(settings.ResolvePath(GitleaksFile.Key, gitleaks), gitleaks, set.Value!);
        }

        foreach (var file in settings.GetList(RuleFiles.Key))
        {
            if (!set.Succeeded)
            {
                break;
            }

            var full = settings.ResolvePath(RuleFiles.Key, file);
            string text;
            try
            {
                text = File.ReadAllText(full);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return Created<SecretRuleSet>.Failed($"{settings.Where(RuleFiles.Key)}", $"cannot read rule file {file}: {e.Message}");
            }

            var parsed = RuleFileLoader.Parse(file, text);
            set = parsed.Succeeded ? set.Value!.Add(parsed.Value!, file) : Created<SecretRuleSet>.Failed(parsed.Problems);
        }

        return set;
    }
}

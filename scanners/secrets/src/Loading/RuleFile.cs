namespace Bulwark.Scanners.Secrets.Loading;

/// <summary>What one rule file holds: its rules and the allowlist that applies to every rule.</summary>
/// <param name="Rules">The rules, in file order.</param>
/// <param name="GlobalAllow">The file's top-level <c>allow</c> section, if any.</param>
public sealed record RuleFile(IReadOnlyList<SecretRule> Rules, IReadOnlyList<Allowlist> GlobalAllow);

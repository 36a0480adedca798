using Bulwark.Sdk;

namespace Bulwark.Cli.Commands;

/// <summary>One rule in full, as <c>bulwark rules show</c> prints it for a person.</summary>
internal static class RuleText
{
    public static void Write(TextWriter writer, string scanner, RuleInfo rule)
    {
        writer.WriteLine($"{rule.Id}  ({scanner}, {rule.Severity.Name()}{(rule.EnabledByDefault ? "" : ", off by default")})");
        writer.WriteLine(rule.Title);
        writer.WriteLine();
        if (rule.AppliesTo.Count > 0)
        {
            writer.WriteLine($"Checks: {string.Join(", ", rule.AppliesTo)}");
        }

        if (rule.Description.Length > 0)
        {
            writer.WriteLine();
            writer.WriteLine(rule.Description.Trim());
        }

        if (rule.Remediation is { Length: > 0 } remediation)
        {
            writer.WriteLine();
            writer.WriteLine("Fix:");
            foreach (var line in remediation.TrimEnd().Split('\n'))
            {
                writer.WriteLine("  " + line.TrimEnd('\r'));
            }
        }

        if (rule.References.Count > 0)
        {
            writer.WriteLine();
            writer.WriteLine("References:");
            foreach (var reference in rule.References)
            {
                writer.WriteLine("  " + reference);
            }
        }

        if (rule.PeerIds.Count > 0)
        {
            writer.WriteLine();
            writer.WriteLine("Same check elsewhere (their skip comments apply to this rule):");
            foreach (var (tool, ids) in rule.PeerIds.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                writer.WriteLine($"  {tool}: {string.Join(", ", ids)}");
            }
        }

        if (rule.Aliases.Count > 0)
        {
            writer.WriteLine();
            writer.WriteLine($"Also known as: {string.Join(", ", rule.Aliases)}");
        }

        writer.WriteLine();
    }
}

using Bulwark.Scanners.Host.Auditing;
using Bulwark.Scanners.Host.Benchmarks;
using YamlDotNet.Serialization;

namespace Bulwark.Scanners.Host.Remediation;

/// <summary>
/// <c>--remediate ansible</c>: one play, one task per fixable failed check, named and tagged with the check id
/// (so <c>--tags</c> picks fixes one by one), idempotent modules only. Checks without a mechanical fix are listed
/// in the header for a person.
/// </summary>
public static class AnsiblePlaybook
{
    private static readonly ISerializer Yaml = new SerializerBuilder().DisableAliases().WithQuotingNecessaryStrings().Build();

    /// <summary>The playbook as YAML text.</summary>
    public static string Write(Benchmark benchmark, IReadOnlyList<(CheckResult Result, Fix Fix)> plan, string target)
    {
        var tasks = new List<Dictionary<string, object>>();
        foreach (var (result, fix) in plan)
        {
            var number = 0;
            foreach (var task in fix.Tasks)
            {
                number++;
                var entry = new Dictionary<string, object>
                {
                    ["name"] = $"{result.Definition.Id}: {result.Definition.Title}{(fix.Tasks.Count > 1 ? $" ({number}/{fix.Tasks.Count})" : "")}",
                    ["tags"] = new List<string> { result.Definition.Id, "section-" + result.Definition.Section },
                    [task.Module] = task.Arguments,
                };
                foreach (var (key, value) in task.Extra ?? new Dictionary<string, object>())
                {
                    entry.TryAdd(key, value);
                }

                tasks.Add(entry);
            }
        }

        var manual = plan.Where(p => p.Fix.Tasks.Count == 0).ToList();
        var header = new List<string>
        {
            $"# Written by bulwark audit host for {target} ({benchmark.Name}): {plan.Count} failed checks, {tasks.Count} tasks.",
            "# Review before running: ansible-playbook -i HOST, --check --diff fix.yml",
        };
        if (manual.Count > 0)
        {
            header.Add("# Failed checks without an Ansible task (the shell script or the report's remediation says what to do):");
            header.AddRange(manual.Select(m => $"#   {m.Result.Definition.Id}: {m.Result.Definition.Title}"));
        }

        var play = new List<Dictionary<string, object>>
        {
            new()
            {
                ["name"] = $"Bulwark remediation: {benchmark.Title}",
                ["hosts"] = "all",
                ["become"] = true,
                ["tasks"] = tasks,
            },
        };
        return string.Join('\n', header) + "\n---\n" + Yaml.Serialize(play);
    }
}

namespace Bulwark.Scanners.Host.Benchmarks;

/// <summary>A fix a benchmark spells out: Ansible tasks (YAML, as written) and shell lines.</summary>
/// <param name="AnsibleTasks">Each task as YAML text (one mapping per task).</param>
/// <param name="Shell">Shell lines, in order.</param>
public sealed record FixSpec(IReadOnlyList<string> AnsibleTasks, IReadOnlyList<string> Shell);

namespace Bulwark.Scanners.Host.Remediation;

/// <summary>One Ansible task of a fix: the module and its arguments, as plain data the playbook writer serialises.</summary>
/// <param name="Module">The fully qualified module: <c>ansible.builtin.lineinfile</c>.</param>
/// <param name="Arguments">The module's arguments (strings, numbers, booleans, lists, nested dictionaries).</param>
/// <param name="Extra">Task keywords besides the module (<c>loop</c>), or empty.</param>
public sealed record FixTask(string Module, IReadOnlyDictionary<string, object> Arguments, IReadOnlyDictionary<string, object>? Extra = null);

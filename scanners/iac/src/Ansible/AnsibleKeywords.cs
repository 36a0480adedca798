namespace Bulwark.Scanners.Iac.Ansible;

/// <summary>
/// The names Ansible gives meaning to in a task (so the one key left over is the module), and which modules
/// take free-form text. From https://docs.ansible.com/ansible/latest/reference_appendices/playbooks_keywords.html
/// </summary>
internal static class AnsibleKeywords
{
    /// <summary>Keys on plays and blocks that their tasks inherit unless they set them.</summary>
    public static readonly string[] Inherited = ["become", "become_user", "become_method", "become_flags", "no_log"];

    /// <summary>Keys read as Ansible booleans (<c>"yes"</c>, <c>"on"</c>, <c>1</c>…).</summary>
    public static readonly HashSet<string> Booleans = ["become", "no_log", "ignore_errors", "run_once", "check_mode", "diff", "any_errors_fatal", "gather_facts"];

    /// <summary>Modules whose string argument is a command line (or file name) rather than <c>k=v</c> pairs.</summary>
    public static readonly HashSet<string> FreeForm =
    [
        "command", "shell", "raw", "script", "win_command", "win_shell", "include", "include_tasks", "import_tasks",
        "include_vars", "import_playbook", "meta",
    ];

    /// <summary>The <c>k=v</c> options a free-form module still takes out of its text (Ansible's <c>RAW_PARAM_MODULES</c> handling).</summary>
    public static readonly HashSet<string> FreeFormOptions =
    [
        "argv", "chdir", "creates", "executable", "removes", "stdin", "stdin_add_newline", "strip_empty_ends", "warn",
    ];

    private static readonly HashSet<string> Task =
    [
        "action", "always", "any_errors_fatal", "args", "async", "become", "become_exe", "become_flags", "become_method",
        "become_user", "block", "changed_when", "check_mode", "collections", "connection", "debugger", "delay",
        "delegate_facts", "delegate_to", "diff", "environment", "failed_when", "ignore_errors", "ignore_unreachable",
        "listen", "local_action", "loop", "loop_control", "module_defaults", "name", "no_log", "notify", "poll", "port",
        "register", "remote_user", "rescue", "retries", "run_once", "tags", "throttle", "timeout", "until", "vars", "when",
        // Removed privilege-escalation keywords still found in old playbooks.
        "sudo", "sudo_user", "su", "su_user", "always_run",
    ];

    /// <summary>True when <paramref name="key"/> is a task keyword rather than a module.</summary>
    public static bool IsTaskKeyword(string key) => Task.Contains(key) || key.StartsWith("with_", StringComparison.Ordinal);

    /// <summary><c>ansible.builtin.copy</c> → <c>copy</c>; a name without a collection is returned as is.</summary>
    public static string ShortName(string module) =>
        module.Count(c => c == '.') >= 2 ? module[(module.LastIndexOf('.') + 1)..] : module;
}

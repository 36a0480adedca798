using Bulwark.Scanners.Iac.Model;

namespace Bulwark.Scanners.Iac.Ansible;

/// <summary>A task found while walking a file, with what it inherits.</summary>
/// <param name="Task">The task as written.</param>
/// <param name="Range">Where it is written.</param>
/// <param name="Scope">The play and blocks around it.</param>
/// <param name="Kind"><c>task</c>, <c>handler</c> or <c>role</c> (an entry of a play's <c>roles</c>).</param>
/// <param name="Number">Its 1-based position among the file's tasks, for naming unnamed ones.</param>
/// <param name="Name">A name to use when the task has no <c>name</c> key, or null.</param>
internal sealed record AnsibleSite(IacObject Task, SourceRange Range, AnsibleScope Scope, string Kind, int Number, string? Name = null);

using Bulwark.Sdk;

namespace Bulwark.Scanners.Integrity.Changes;

/// <summary>
/// One thing that changed since the baseline, said as what it means (a new user, a shrunk log) rather than only
/// which bits moved.
/// </summary>
/// <param name="Path">The file inside the root, absolute (<c>/etc/passwd</c>).</param>
/// <param name="Kind">One of <see cref="ChangeKinds"/>' ids.</param>
/// <param name="Subject">What in the file it is about when a file can hold several (a user name, a key, a package); empty otherwise.</param>
/// <param name="Message">One sentence for a person.</param>
/// <param name="Details">The facts: attributes with old and new values, or the values of what appeared or went.</param>
internal sealed record Change(string Path, string Kind, string Subject, string Message, IReadOnlyList<ChangeDetail> Details);

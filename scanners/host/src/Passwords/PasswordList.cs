namespace Bulwark.Scanners.Host.Passwords;

/// <summary>The passwords to try, and the users' list files that could not be read.</summary>
/// <param name="Passwords">The shipped list followed by the users' additions, each password once, in first-seen order.</param>
/// <param name="Problems">One readable sentence per list file that could not be read (path and reason).</param>
public sealed record PasswordList(IReadOnlyList<string> Passwords, IReadOnlyList<string> Problems);

namespace Bulwark.Scanners.Host.Passwords;

/// <summary>
/// The default and well-known passwords <c>accounts: default-password</c> tries: the list shipped inside the
/// assembly (<c>Passwords/default-passwords.txt</c>) plus the lists users add.
/// </summary>
/// <remarks>
/// List files hold one password a line; blank lines and lines starting with <c>#</c> are skipped, and spaces at
/// either end are trimmed (a password that starts or ends with a space cannot be listed).
/// </remarks>
public static class DefaultPasswords
{
    /// <summary>The name the shipped list is embedded under.</summary>
    internal const string ResourceName = "Passwords/default-passwords.txt";

    private static readonly Lazy<IReadOnlyList<string>> Shipped = new(ReadShipped);

    /// <summary>
    /// The shipped list extended with the passwords in <paramref name="extraFiles"/>; files that cannot be read are
    /// left out (<see cref="Read"/> says which and why).
    /// </summary>
    public static IReadOnlyList<string> Load(IEnumerable<string>? extraFiles) => Read(extraFiles).Passwords;

    /// <summary>The shipped list extended with <paramref name="extraFiles"/>, and a problem for each file that could not be read.</summary>
    public static PasswordList Read(IEnumerable<string>? extraFiles)
    {
        var passwords = new List<string>(Shipped.Value);
        var seen = new HashSet<string>(passwords, StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (var file in extraFiles ?? [])
        {
            string text;
            try
            {
                text = File.ReadAllText(file);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                problems.Add($"password list {file} could not be read: {e.Message}");
                continue;
            }

            passwords.AddRange(Parse(text).Where(seen.Add));
        }

        return new PasswordList(passwords, problems);
    }

    /// <summary>The passwords in the text of one list file.</summary>
    internal static IEnumerable<string> Parse(string text) =>
        text.Split('\n')
            .Select(line => line.Trim())
            .Where(line => line.Length > 0 && !line.StartsWith('#'));

    private static IReadOnlyList<string> ReadShipped()
    {
        using var stream = typeof(DefaultPasswords).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"the build did not embed {ResourceName}: check the EmbeddedResource item of the project");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd()).Distinct(StringComparer.Ordinal).ToList();
    }
}

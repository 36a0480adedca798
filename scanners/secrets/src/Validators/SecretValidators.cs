namespace Bulwark.Scanners.Secrets;

/// <summary>
/// The validators a rule may name: offline checks that a matched value really has the structure of the
/// credential (a checksum, a decodable header). A match whose validator fails is not reported.
/// One sorted list; a validator is a function from the secret to a verdict.
/// </summary>
public static class SecretValidators
{
    private static readonly Dictionary<string, Func<string, bool>> ByName = new(StringComparer.Ordinal)
    {
        ["base62-crc32"] = Base62Checksum.IsValid,
        ["jwt"] = JwtShape.IsValid,
        ["private-key-body"] = PrivateKeyBody.IsValid,
    };

    /// <summary>The names rules may use.</summary>
    public static IEnumerable<string> Names => ByName.Keys.Order(StringComparer.Ordinal);

    /// <summary>Whether a validator of that name exists.</summary>
    public static bool Exists(string name) => ByName.ContainsKey(name);

    /// <summary>Runs the named validator on <paramref name="secret"/>.</summary>
    public static bool Validate(string name, string secret) => ByName[name](secret);
}

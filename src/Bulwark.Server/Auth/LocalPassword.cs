using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Bulwark.Server.Auth;

/// <summary>
/// The local administrator's password as it is kept: PBKDF2 with HMAC-SHA256, 600,000 iterations (what OWASP's
/// password storage guidance gives for it), a 16-byte random salt, 32 bytes of hash. Only these are stored, as JSON in
/// one setting; the comparison takes the same time however much of the hash matches.
/// </summary>
internal sealed record LocalPassword(string Name, string Salt, string Hash, int Iterations, DateTimeOffset CreatedAt)
{
    public const int MinLength = 12;
    private const int DefaultIterations = 600_000;

    public static LocalPassword Make(string name, string password, DateTimeOffset now)
    {
        var salt = RandomNumberGenerator.GetBytes(16);
        return new LocalPassword(name, Convert.ToBase64String(salt), Convert.ToBase64String(Derive(password, salt, DefaultIterations)), DefaultIterations, now);
    }

    public bool Matches(string password)
    {
        var expected = Convert.FromBase64String(Hash);
        return CryptographicOperations.FixedTimeEquals(Derive(password, Convert.FromBase64String(Salt), Iterations), expected);
    }

    public string Serialize() => JsonSerializer.Serialize(this);

    public static LocalPassword? Parse(string? json)
    {
        if (json is null)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<LocalPassword>(json);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static byte[] Derive(string password, byte[] salt, int iterations) =>
        Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(password), salt, iterations, HashAlgorithmName.SHA256, 32);
}

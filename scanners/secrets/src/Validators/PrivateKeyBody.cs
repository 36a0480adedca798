namespace Bulwark.Scanners.Secrets;

/// <summary>
/// A private key block must carry a real body: enough base64 between the armour lines to be a key, and none
/// of the ellipses or words documentation puts there instead (<c>-----BEGIN RSA PRIVATE KEY-----\n...</c>).
/// </summary>
public static class PrivateKeyBody
{
    private const int MinimumBase64 = 64;

    /// <summary>Whether the block's body looks like key material.</summary>
    public static bool IsValid(string block)
    {
        var lines = block.Replace("\\n", "\n", StringComparison.Ordinal).Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var base64 = 0;
        foreach (var line in lines)
        {
            if (line.StartsWith("-----", StringComparison.Ordinal) || line.Contains(':', StringComparison.Ordinal))
            {
                continue; // armour lines and PEM headers such as Proc-Type
            }

            var body = line.Trim('"', '\'', ',', '+');
            if (body.Contains("...", StringComparison.Ordinal) || body.Contains('…') || body.Contains(' '))
            {
                return false;
            }

            foreach (var c in body)
            {
                if (char.IsAsciiLetterOrDigit(c) || c is '+' or '/' or '=')
                {
                    base64++;
                }
            }
        }

        return base64 >= MinimumBase64;
    }
}

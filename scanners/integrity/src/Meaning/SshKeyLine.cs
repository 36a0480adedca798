using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Bulwark.Scanners.Integrity.Meaning;

/// <summary>
/// One key of an authorized_keys line (<c>[options] type base64 [comment]</c>), kept as its fingerprint only.
/// </summary>
/// <param name="Type">The key type (<c>ssh-ed25519</c>).</param>
/// <param name="Fingerprint">As <c>ssh-keygen -l</c> prints it: <c>SHA256:</c> and the unpadded base64 of the blob's SHA-256.</param>
/// <param name="Comment">The text after the key, whitespace collapsed; empty when there is none.</param>
internal sealed record SshKeyLine(string Type, string Fingerprint, string Comment)
{
    /// <summary>The key on <paramref name="line"/>, or null for a comment, a blank or a line sshd would not accept.</summary>
    public static SshKeyLine? Parse(string line)
    {
        var text = line.Trim();
        if (text.Length == 0 || text[0] == '#')
        {
            return null;
        }
        var tokens = Tokens(text, 3);
        // The key is either the first two words, or follows one word of options; options hold no unquoted space.
        for (var i = 0; i + 1 < tokens.Count && i <= 1; i++)
        {
            var type = text[tokens[i].Start..tokens[i].End];
            var blob = Blob(type, text[tokens[i + 1].Start..tokens[i + 1].End]);
            if (blob is null)
            {
                continue;
            }
            var comment = FactText.Collapse(text[tokens[i + 1].End..]);
            return new(FactText.Clean(type), FingerprintOf(blob), comment);
        }
        return null;
    }

    /// <summary>The fingerprint ssh-keygen prints for a key blob.</summary>
    private static string FingerprintOf(byte[] blob) => "SHA256:" + Convert.ToBase64String(SHA256.HashData(blob)).TrimEnd('=');

    /// <summary>The decoded key when <paramref name="base64"/> is a key blob whose first field names <paramref name="type"/>.</summary>
    private static byte[]? Blob(string type, string base64)
    {
        var bytes = new byte[base64.Length];
        if (!Convert.TryFromBase64String(base64, bytes, out var length) || length < 4)
        {
            return null;
        }
        var blob = bytes[..length];
        // A blob starts with its type as an SSH string (a big-endian length, then the name), which must match the word before it.
        var nameLength = BinaryPrimitives.ReadUInt32BigEndian(blob);
        if (nameLength != Encoding.ASCII.GetByteCount(type) || 4 + nameLength > (uint)length)
        {
            return null;
        }
        return Encoding.ASCII.GetString(blob, 4, (int)nameLength) == type ? blob : null;
    }

    /// <summary>The first <paramref name="max"/> words of <paramref name="text"/>, where spaces inside double quotes do not split.</summary>
    private static List<(int Start, int End)> Tokens(string text, int max)
    {
        var tokens = new List<(int, int)>();
        var i = 0;
        while (i < text.Length && tokens.Count < max)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }
            if (i == text.Length)
            {
                break;
            }
            var start = i;
            var quoted = false;
            for (; i < text.Length && (quoted || !char.IsWhiteSpace(text[i])); i++)
            {
                if (text[i] == '\\' && quoted && i + 1 < text.Length)
                {
                    i++;
                }
                else if (text[i] == '"')
                {
                    quoted = !quoted;
                }
            }
            tokens.Add((start, i));
        }
        return tokens;
    }
}

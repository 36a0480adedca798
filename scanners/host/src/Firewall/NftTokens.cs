using System.Text;

namespace Bulwark.Scanners.Host.Firewall;

/// <summary>Splits nftables text into tokens, dropping <c>#</c> comments and joining lines continued with <c>\</c>.</summary>
internal static class NftTokens
{
    /// <summary>The tokens of <paramref name="text"/>, line ends included (they end statements, as <c>;</c> does).</summary>
    internal static IEnumerable<NftToken> Of(string text)
    {
        var line = 1;
        var word = new StringBuilder();
        var wordLine = 1;
        for (var index = 0; index < text.Length; index++)
        {
            var character = text[index];
            if (character == '"')
            {
                var close = text.IndexOf('"', index + 1);
                close = close < 0 ? text.Length - 1 : close;
                if (word.Length == 0)
                {
                    wordLine = line;
                }

                word.Append(text, index + 1, Math.Max(close - index - 1, 0));
                line += text.AsSpan(index, close - index + 1).Count('\n');
                index = close;
                continue;
            }

            if (character == '\\' && index + 1 < text.Length && text[index + 1] == '\n')
            {
                line++;
                index++;
                continue;
            }

            if (character == '#')
            {
                var end = text.IndexOf('\n', index);
                index = (end < 0 ? text.Length : end) - 1;
                continue;
            }

            if (character is '{' or '}' or ';' or '\n' || char.IsWhiteSpace(character))
            {
                if (word.Length > 0)
                {
                    yield return new NftToken(word.ToString(), wordLine);
                    word.Clear();
                }

                if (character is '{' or '}' or ';' or '\n')
                {
                    yield return new NftToken(character.ToString(), line);
                }

                if (character == '\n')
                {
                    line++;
                }

                continue;
            }

            if (word.Length == 0)
            {
                wordLine = line;
            }

            word.Append(character);
        }

        if (word.Length > 0)
        {
            yield return new NftToken(word.ToString(), wordLine);
        }
    }
}

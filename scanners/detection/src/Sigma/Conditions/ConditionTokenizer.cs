namespace Bulwark.Scanners.Detection.Sigma.Conditions;

/// <summary>Splits a condition into words, parentheses and pipes; the last token is always the end marker.</summary>
internal static class ConditionTokenizer
{
    public static List<ConditionToken> Split(string text)
    {
        var tokens = new List<ConditionToken>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (c is '(' or ')' or '|')
            {
                tokens.Add(new ConditionToken(c.ToString(), i + 1));
                i++;
            }
            else
            {
                var start = i;
                while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] is not ('(' or ')' or '|'))
                {
                    i++;
                }

                tokens.Add(new ConditionToken(text[start..i], start + 1));
            }
        }

        tokens.Add(new ConditionToken("", text.Length + 1));
        return tokens;
    }
}

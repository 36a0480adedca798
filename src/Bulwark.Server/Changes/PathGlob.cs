using System.Text;
using System.Text.RegularExpressions;

namespace Bulwark.Server.Changes;

/// <summary>
/// A suppression's path pattern: <c>*</c> within one folder, <c>**</c> across folders, <c>?</c> one character; the
/// whole path must match (<c>test/**</c>, <c>**/*.tf</c>).
/// </summary>
internal static class PathGlob
{
    public static Regex ToRegex(string glob)
    {
        var pattern = new StringBuilder("^");
        for (var i = 0; i < glob.Length; i++)
        {
            var c = glob[i];
            if (c == '*' && i + 1 < glob.Length && glob[i + 1] == '*')
            {
                // "**/" also matches no folder at all, so **/*.tf matches main.tf.
                var slash = i + 2 < glob.Length && glob[i + 2] == '/';
                pattern.Append(slash ? "(.*/)?" : ".*");
                i += slash ? 2 : 1;
            }
            else
            {
                pattern.Append(c switch { '*' => "[^/]*", '?' => "[^/]", _ => Regex.Escape(c.ToString()) });
            }
        }

        return new Regex(pattern.Append('$').ToString(), RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }
}

using Bulwark.Scanners.Iac.Model;
using Bulwark.Scanners.Iac.Suppressions;

namespace Bulwark.Scanners.Iac.Dockerfile;

/// <summary>
/// Places suppression comments. Comments above the first instruction (after the directives) speak for the whole
/// file, so they suppress on the resource, where whole-file rules (no HEALTHCHECK, no USER) report. Comments above
/// any later instruction cover that instruction's first line, as do KICS's <c>ignore-line</c> and
/// <c>ignore-block</c> wherever they are. A comment inside a continued instruction covers the line that follows it.
/// </summary>
internal static class DockerfileSuppressions
{
    /// <summary>The resource-level suppressions and the line suppressions of <paramref name="lexed"/>.</summary>
    public static (List<IacSuppression> Resource, List<IacSuppression> Lines) Collect(LexedDockerfile lexed)
    {
        var resource = new List<IacSuppression>();
        var lines = new List<IacSuppression>();
        for (var i = 0; i < lexed.Instructions.Count; i++)
        {
            var instruction = lexed.Instructions[i];
            foreach (var suppression in instruction.Comments.SelectMany(c => SuppressionComments.Parse(c.Text, c.Range)))
            {
                if (i == 0 && !IsLineOnly(suppression))
                {
                    resource.Add(suppression);
                }
                else
                {
                    lines.Add(suppression with { CoversLine = instruction.StartLine });
                }
            }

            foreach (var (comment, next) in instruction.InnerComments)
            {
                lines.AddRange(SuppressionComments.Parse(comment.Text, comment.Range).Select(s => s with { CoversLine = next }));
            }
        }

        return (resource, lines);
    }

    private static bool IsLineOnly(IacSuppression suppression) =>
        suppression.Tool == "kics" && suppression.Reason is "ignore-line" or "ignore-block";
}

using System.Text.RegularExpressions;
using Bulwark.Scanners.Iac.Model;

namespace Bulwark.Scanners.Iac.CloudFormation;

/// <summary>
/// Loads AWS CloudFormation templates (YAML or JSON, SAM included). Intrinsic functions are evaluated as far as
/// the template allows: a parameter's default is used, a deploy-time value becomes <see cref="IacUnknown"/>, and
/// a resource whose condition is known to be false is left out.
/// </summary>
public static partial class CloudFormationLoader
{
    private const int PeekLength = 64 * 1024;

    private static readonly string[] Extensions = [".yaml", ".yml", ".json", ".template"];

    /// <summary>True when <paramref name="path"/> names a YAML or JSON file whose text looks like a template.</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="text">Its content; only the start is looked at.</param>
    public static bool Recognises(string path, string text)
    {
        if (!Extensions.Any(e => path.EndsWith(e, StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        var peek = (text.Length > PeekLength ? text[..PeekLength] : text).TrimStart('\uFEFF');
        return FormatVersion().IsMatch(peek) || ServerlessTransform().IsMatch(peek) || (ResourcesKey().IsMatch(peek) && AwsType().IsMatch(peek));
    }

    /// <summary>Reads the template in <paramref name="text"/>; never throws: problems become diagnostics.</summary>
    /// <param name="path">The path findings use, relative to the scan root.</param>
    /// <param name="text">The template.</param>
    public static IacDocument Load(string path, string text)
    {
        var (roots, problem, uncertainFrom) = YamlPartialRead.Read(path, text);
        var diagnostics = new List<IacDiagnostic>();
        if (problem is not null)
        {
            diagnostics.Add(problem);
        }

        if (roots.Count == 0 || CfnShortForms.Convert(roots[0]) is not IacObject root)
        {
            if (roots.Count > 0)
            {
                diagnostics.Add(new IacDiagnostic(path, SourceRange.Line(1), "not a CloudFormation template: the top level is not a mapping"));
            }

            return new IacDocument { Platform = IacPlatform.CloudFormation, File = path, Diagnostics = diagnostics };
        }

        var template = new CfnTemplate(path, root);
        var evaluator = new CfnEvaluator(template);

        // A resource reaching the point where a syntax error cut the file may have lost keys; it is not judged.
        var declarations = template.Resources.Members.Where(m => ValueSpans.Of(m).EndLine < uncertainFrom).ToList();
        var (comments, lines) = CommentPlacement.Place(YamlComment.ReadAll(text), declarations.Select(ValueSpans.Of).ToList(), text);
        var resources = declarations
            .Select((declaration, i) => CfnResource.Build(template, evaluator, declaration, comments[i], diagnostics))
            .OfType<IacResource>()
            .ToList();
        return new IacDocument
        {
            Platform = IacPlatform.CloudFormation,
            File = path,
            Resources = resources,
            Diagnostics = diagnostics,
            LineSuppressions = lines.Select(s => (path, s)).ToList(),
        };
    }

    // Top-level keys only (at most a little indentation, for JSON), so a playbook embedding a template is not taken for one.
    [GeneratedRegex(@"^[ \t{]{0,4}[""']?AWSTemplateFormatVersion[""']?\s*:", RegexOptions.Multiline)]
    private static partial Regex FormatVersion();

    [GeneratedRegex(@"^[ \t{]{0,4}[""']?Transform[""']?\s*:\s*\[?\s*[""']?AWS::Serverless", RegexOptions.Multiline)]
    private static partial Regex ServerlessTransform();

    [GeneratedRegex(@"^[ \t{]{0,4}[""']?Resources[""']?\s*:", RegexOptions.Multiline)]
    private static partial Regex ResourcesKey();

    [GeneratedRegex(@"[""']?Type[""']?\s*:\s*[""']?AWS::\w+::\w+")]
    private static partial Regex AwsType();
}

using System.Text.Json;
using System.Text.RegularExpressions;

namespace Bulwark.Scanners.Iac.Kubernetes;

/// <summary>
/// Whether a file looks like Kubernetes manifests, from its name and a peek at its text: a YAML document with
/// <c>apiVersion</c> and <c>kind</c> at the top level, or a JSON object with both as members.
/// </summary>
internal static partial class ManifestRecognition
{
    // Enough to see the first documents' headers without reading a multi-megabyte CRD bundle.
    private const int Peek = 64 * 1024;

    /// <summary>True when <paramref name="text"/> at <paramref name="path"/> looks like Kubernetes manifests.</summary>
    public static bool Recognises(string path, string text)
    {
        var extension = Path.GetExtension(path).ToLowerInvariant();
        if (extension == ".json")
        {
            return JsonManifest(text);
        }

        if (extension is not (".yaml" or ".yml"))
        {
            return false;
        }

        var head = (text.Length > Peek ? text[..Peek] : text).TrimStart('\uFEFF');
        return TopLevelApiVersion().IsMatch(head) && TopLevelKind().IsMatch(head) && !OtherPlatform(path, head);
    }

    // Compose and CloudFormation have their own top-level keys; Ansible's k8s tasks nest manifests under a
    // task, so their apiVersion is indented and never reaches here. Helm templates are not YAML until rendered.
    private static bool OtherPlatform(string path, string head) =>
        ComposeServices().IsMatch(head)
        || head.Contains("AWSTemplateFormatVersion", StringComparison.Ordinal)
        || CloudFormationResources().IsMatch(head)
        || AnsiblePlay().IsMatch(head)
        || (head.Contains("{{", StringComparison.Ordinal) && ("/" + path.Replace('\\', '/')).Contains("/templates/", StringComparison.Ordinal));

    private static bool JsonManifest(string text)
    {
        var trimmed = text.AsSpan().TrimStart().TrimStart('\uFEFF');
        if (trimmed.IsEmpty || trimmed[0] != '{')
        {
            return false;
        }

        // Only the root object's own members count: an ARM template's resources also carry apiVersion and kind.
        try
        {
            var reader = new Utf8JsonReader(System.Text.Encoding.UTF8.GetBytes(text), new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            reader.Read();
            bool apiVersion = false, kind = false;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                apiVersion |= reader.ValueTextEquals("apiVersion");
                kind |= reader.ValueTextEquals("kind");
                if (apiVersion && kind)
                {
                    return true;
                }

                reader.Read();
                reader.Skip();
            }
        }
        catch (JsonException)
        {
        }

        return false;
    }

    [GeneratedRegex(@"^apiVersion[ \t]*:", RegexOptions.Multiline)]
    private static partial Regex TopLevelApiVersion();

    [GeneratedRegex(@"^kind[ \t]*:", RegexOptions.Multiline)]
    private static partial Regex TopLevelKind();

    [GeneratedRegex(@"^services[ \t]*:", RegexOptions.Multiline)]
    private static partial Regex ComposeServices();

    [GeneratedRegex(@"^Resources[ \t]*:", RegexOptions.Multiline)]
    private static partial Regex CloudFormationResources();

    [GeneratedRegex(@"^- (hosts|import_playbook)[ \t]*:", RegexOptions.Multiline)]
    private static partial Regex AnsiblePlay();
}

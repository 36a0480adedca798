namespace Bulwark.Scanners.Packages.Tests.Database;

/// <summary>Small OSV records written for these tests.</summary>
internal static class InlineRecords
{
    /// <summary>A record affecting one package before <paramref name="fixedIn"/>.</summary>
    public static string Record(string id, string modified, string ecosystem, string name, string fixedIn, string summary = "a test advisory") => $$"""
        {
          "schema_version": "1.6.0",
          "id": "{{id}}",
          "modified": "{{modified}}",
          "summary": "{{summary}}",
          "affected": [{
            "package": {"ecosystem": "{{ecosystem}}", "name": "{{name}}"},
            "ranges": [{"type": "ECOSYSTEM", "events": [{"introduced": "0"}, {"fixed": "{{fixedIn}}"}]}]
          }]
        }
        """;
}

namespace Bulwark.Server.Tests;

/// <summary>
/// SARIF 2.1.0 written by hand from the specification, in the shapes two other tools write it: a CodeQL-like run
/// (rules with security-severity, results by ruleIndex with partial fingerprints) and a Semgrep-like run (levels only,
/// no fingerprints), in one log.
/// </summary>
internal static class SarifFixtures
{
    public const string TwoTools = """
        {
          "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
          "version": "2.1.0",
          "runs": [
            {
              "tool": {
                "driver": {
                  "name": "CodeQL",
                  "semanticVersion": "2.19.0",
                  "rules": [
                    {
                      "id": "js/sql-injection",
                      "name": "SqlInjection",
                      "shortDescription": { "text": "Database query built from user-controlled sources" },
                      "defaultConfiguration": { "level": "error" },
                      "properties": { "security-severity": "8.8", "tags": ["security", "external/cwe/cwe-089"] }
                    },
                    {
                      "id": "js/log-injection",
                      "shortDescription": { "text": "Log injection" },
                      "defaultConfiguration": { "level": "warning" },
                      "properties": { "security-severity": "9.1" }
                    }
                  ]
                }
              },
              "results": [
                {
                  "ruleId": "js/sql-injection",
                  "ruleIndex": 0,
                  "message": { "text": "This query depends on a user-provided value." },
                  "locations": [ { "physicalLocation": { "artifactLocation": { "uri": "src/db/users.js" }, "region": { "startLine": 42, "startColumn": 7 } } } ],
                  "partialFingerprints": { "primaryLocationLineHash": "5f2c1e0a9b8d7c6e:1" }
                },
                {
                  "ruleId": "js/log-injection",
                  "ruleIndex": 1,
                  "level": "note",
                  "message": { "text": "Log entry depends on a user-provided value." },
                  "locations": [ { "physicalLocation": { "artifactLocation": { "uri": "src/api/login.js" }, "region": { "startLine": 17 } } } ],
                  "partialFingerprints": { "primaryLocationLineHash": "a1b2c3d4e5f60718:1" }
                }
              ]
            },
            {
              "tool": { "driver": { "name": "Semgrep OSS", "rules": [ { "id": "python.flask.security.audit.debug-enabled", "shortDescription": { "text": "Flask debug mode enabled" } } ] } },
              "results": [
                {
                  "ruleId": "python.flask.security.audit.debug-enabled",
                  "level": "warning",
                  "message": { "text": "Detected Flask app with debug=True." },
                  "locations": [ { "physicalLocation": { "artifactLocation": { "uri": "app/main.py" }, "region": { "startLine": 88 } } } ]
                },
                {
                  "ruleId": "python.lang.security.audit.eval-detected",
                  "level": "error",
                  "message": { "text": "Detected the use of eval()." },
                  "locations": [ { "physicalLocation": { "artifactLocation": { "uri": "app/tools.py" }, "region": { "startLine": 12 } } } ]
                }
              ]
            }
          ]
        }
        """;
}

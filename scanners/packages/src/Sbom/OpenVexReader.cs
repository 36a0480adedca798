using Bulwark.Scanners.Packages.Formats.Json;
using Bulwark.Scanners.Packages.Model;

namespace Bulwark.Scanners.Packages.Sbom;

/// <summary>
/// Reads OpenVEX statements: the vulnerability (an object with <c>name</c>/<c>@id</c>/<c>aliases</c> in v0.2.0,
/// a string in v0.0.1), the products (objects identified by a purl <c>@id</c> or <c>identifiers.purl</c>, or
/// plain strings), the status and its justification. When a product lists subcomponents, the statement is about
/// them (the packages inside the product), so one statement per subcomponent is made.
/// </summary>
internal static class OpenVexReader
{
    /// <summary>Reads the statements of <paramref name="root"/> from <paramref name="file"/> into <paramref name="result"/>.</summary>
    public static void Read(LocatedJson root, string file, VexExtraction result)
    {
        var statements = root["statements"]!;
        if (statements.Kind != JsonKind.Array)
        {
            result.Diagnostics.Add(new PackageDiagnostic(file, statements.Line, statements.Column, $"\"statements\" is {statements.Describe()}, not an array"));
            return;
        }

        foreach (var statement in statements.Items)
        {
            if (statement.Kind != JsonKind.Object)
            {
                result.Diagnostics.Add(new PackageDiagnostic(file, statement.Line, statement.Column, $"a statement is {statement.Describe()}, not an object; it is skipped"));
                continue;
            }

            ReadStatement(statement, file, result);
        }
    }

    private static void ReadStatement(LocatedJson statement, string file, VexExtraction result)
    {
        var vulnerability = statement["vulnerability"];
        var id = vulnerability?.Kind == JsonKind.String ? vulnerability.Text : vulnerability?.String("name") ?? vulnerability?.String("@id");
        if (string.IsNullOrEmpty(id))
        {
            Skip(statement, file, result, "a statement names no vulnerability (vulnerability.name or @id)");
            return;
        }

        var status = statement.String("status") switch
        {
            "not_affected" => VexStatus.NotAffected,
            "affected" => VexStatus.Affected,
            "fixed" => VexStatus.Fixed,
            "under_investigation" => VexStatus.UnderInvestigation,
            _ => (VexStatus?)null,
        };
        if (status is null)
        {
            Skip(statement, file, result, $"the statement about {id} has status '{statement.String("status") ?? "(none)"}', not not_affected, affected, fixed or under_investigation");
            return;
        }

        var justification = statement.String("justification");
        var detail = statement.String("impact_statement") ?? statement.String("action_statement");
        CheckJustification(statement, id, status.Value, justification, file, result);
        var products = statement.Array("products");
        if (products.Count == 0)
        {
            Skip(statement, file, result, $"the statement about {id} names no products");
            return;
        }

        var aliases = vulnerability?.Array("aliases").Where(a => a.Kind == JsonKind.String).Select(a => a.Text!).ToList() ?? [];
        foreach (var (entry, purl) in Products(products, file, result))
        {
            result.Statements.Add(new VexStatement
            {
                VulnerabilityId = id,
                Aliases = aliases,
                ProductPurl = purl,
                Status = status.Value,
                Justification = justification,
                Detail = detail,
                File = file,
                Line = entry.Line,
            });
        }
    }

    /// <summary>The purls a statement is about, each with the JSON entry it came from.</summary>
    private static IEnumerable<(LocatedJson Entry, string Purl)> Products(IReadOnlyList<LocatedJson> products, string file, VexExtraction result)
    {
        foreach (var product in products)
        {
            var subcomponents = product.Array("subcomponents");
            foreach (var entry in subcomponents.Count > 0 ? subcomponents : [product])
            {
                var candidate = entry.Kind == JsonKind.String ? entry.Text : entry.Object("identifiers")?.String("purl") ?? entry.String("@id");
                if (VexReader.ProductPurl(candidate, entry, file, result, subcomponents.Count > 0 ? "the subcomponent" : "the product") is { } purl)
                {
                    yield return (entry, purl);
                }
            }
        }
    }

    // OpenVEX requires a justification or an impact statement for not_affected; a statement without one is kept, but flagged.
    private static void CheckJustification(LocatedJson statement, string id, VexStatus status, string? justification, string file, VexExtraction result)
    {
        if (status == VexStatus.NotAffected && justification is null && statement.String("impact_statement") is null)
        {
            result.Diagnostics.Add(new PackageDiagnostic(file, statement.Line, statement.Column,
                $"the not_affected statement about {id} gives neither a justification nor an impact_statement, which OpenVEX requires"));
        }
        else if (justification is not null && !VexJustifications.OpenVex.Contains(justification))
        {
            result.Diagnostics.Add(new PackageDiagnostic(file, statement.Line, statement.Column,
                $"the statement about {id} has justification '{justification}', which is not one of OpenVEX's ({string.Join(", ", VexJustifications.OpenVex)})"));
        }
    }

    private static void Skip(LocatedJson statement, string file, VexExtraction result, string why) =>
        result.Diagnostics.Add(new PackageDiagnostic(file, statement.Line, statement.Column, $"{why}; it is skipped"));
}

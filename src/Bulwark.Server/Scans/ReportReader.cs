using System.Text.Json;

namespace Bulwark.Server.Scans;

/// <summary>
/// An upload, whatever tool wrote it: parsed once, then read by the reader that recognises its shape (Bulwark JSON by
/// its <c>findings</c>, SARIF 2.1.0 by its <c>runs</c>, CycloneDX by its <c>bomFormat</c>). Not JSON, or no known shape, is an <see cref="UploadProblem"/>.
/// </summary>
internal static class ReportReader
{
    public static async Task<IncomingScan> ReadAsync(Stream body, CancellationToken cancellationToken)
    {
        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(body, new JsonDocumentOptions { MaxDepth = 128 }, cancellationToken);
        }
        catch (JsonException exception)
        {
            throw new UploadProblem($"the upload is not valid JSON (line {exception.LineNumber + 1}, byte {exception.BytePositionInLine + 1}): {exception.Message.Split(". ", 2)[0].TrimEnd('.')}");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Object && BulwarkReportReader.Recognises(root))
            {
                return BulwarkReportReader.Read(root);
            }

            if (root.ValueKind == JsonValueKind.Object && SarifReader.Recognises(root))
            {
                return SarifReader.Read(root);
            }

            if (root.ValueKind == JsonValueKind.Object && CycloneDxReader.Recognises(root))
            {
                return CycloneDxReader.Read(root);
            }

            throw new UploadProblem("not a report this server reads: expected a Bulwark JSON report (an object with a findings array), SARIF 2.1.0 (an object with runs) or a CycloneDX BOM (bomFormat CycloneDX)");
        }
    }
}

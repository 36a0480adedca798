namespace Bulwark.Scanners.Iac.Model;

/// <summary>What a loader made of one file (or, for Terraform, one module): resources, problems, suppressions.</summary>
public sealed record IacDocument
{
    /// <summary>The platform.</summary>
    public required string Platform { get; init; }

    /// <summary>The file, relative to the scan root.</summary>
    public required string File { get; init; }

    /// <summary>The resources declared.</summary>
    public IReadOnlyList<IacResource> Resources { get; init; } = [];

    /// <summary>Parse problems, each with where it is: reported as scan errors; the rest of the file is still used.</summary>
    public IReadOnlyList<IacDiagnostic> Diagnostics { get; init; } = [];

    /// <summary>Suppression comments that cover single lines (not a whole resource), by file.</summary>
    public IReadOnlyList<(string File, IacSuppression Suppression)> LineSuppressions { get; init; } = [];
}

/// <summary>A problem reading a file: where, and what.</summary>
/// <param name="File">The file.</param>
/// <param name="Range">Where.</param>
/// <param name="Message">What is wrong.</param>
public sealed record IacDiagnostic(string File, SourceRange Range, string Message);

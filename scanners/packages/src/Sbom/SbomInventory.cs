using Bulwark.Scanners.Packages.Formats.Json;
using Bulwark.Scanners.Packages.Model;

namespace Bulwark.Scanners.Packages.Sbom;

/// <summary>
/// Collects what an SBOM reader finds (components by reference, the target's direct dependencies, edges between
/// references) and turns it into an <see cref="Extraction"/>: one package per purl, with the purl rebuilt by
/// <see cref="Purl.For"/> so it matches what Bulwark's own extractors write, and edges by those purls.
/// </summary>
internal sealed class SbomInventory(string file, Extraction extraction)
{
    private readonly List<Draft> drafts = [];
    private readonly Dictionary<string, Draft> byReference = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Draft> byPurl = new(StringComparer.Ordinal);
    private readonly List<(string? Subject, Draft? From, Draft To)> edges = [];
    private readonly HashSet<(string?, Draft?, Draft)> seenEdges = [];
    private readonly Dictionary<string, (int Count, LocatedJson First)> leftOut = new(StringComparer.Ordinal);

    /// <summary>
    /// Adds the component known in the document as <paramref name="reference"/>; a purl that does not parse
    /// becomes a diagnostic at <paramref name="at"/>, and one outside the ecosystems Bulwark matches is counted and
    /// reported once per reason.
    /// </summary>
    /// <param name="reference">The document's id for it (bom-ref, SPDXID).</param>
    /// <param name="purlText">Its purl as written.</param>
    /// <param name="at">The component's JSON object, for its line.</param>
    /// <param name="label">How to name it in a message: <c>component 'lodash'</c>.</param>
    /// <param name="writtenName">The name as the document spells it, preferred over the purl's when they agree (purls lower-case PyPI names).</param>
    /// <param name="development">Whether the document marks it development-only.</param>
    /// <param name="sourceName">The source package of an OS package, when the document names it.</param>
    /// <param name="sourceVersion">The source package's version, when the document gives it.</param>
    /// <param name="osvEcosystem">An OSV ecosystem with release (<c>Debian:12</c>) the document states; used for the release.</param>
    public void Add(string reference, string purlText, LocatedJson at, string label, string? writtenName = null, bool development = false,
        string? sourceName = null, string? sourceVersion = null, string? osvEcosystem = null)
    {
        if (!PurlParser.TryParse(purlText, out var purl, out var error))
        {
            extraction.Diagnostics.Add(new PackageDiagnostic(file, at.Line, at.Column, $"{label}: {error}; it is left out"));
            return;
        }

        if (PurlEcosystems.Identify(purl, out error) is not { } identity)
        {
            leftOut[error] = leftOut.TryGetValue(error, out var seen) ? (seen.Count + 1, seen.First) : (1, at);
            return;
        }

        var (ecosystem, name, release) = identity;

        if (osvEcosystem is not null && Ecosystems.Base(osvEcosystem) == ecosystem)
        {
            release = Ecosystems.Release(osvEcosystem) ?? release;
        }

        var version = purl.Version ?? "";
        var canonical = Purl.For(ecosystem, name, version, purl.Qualifiers);
        if (byPurl.TryGetValue(canonical, out var existing))
        {
            existing.Development &= development;
            byReference.TryAdd(reference, existing);
            return;
        }

        if (sourceName is null && purl.Qualifiers.GetValueOrDefault("upstream") is { } upstream)
        {
            // Syft writes an OS package's source as upstream=NAME or upstream=NAME@VERSION.
            var split = upstream.IndexOf('@', StringComparison.Ordinal);
            (sourceName, sourceVersion) = split > 0 ? (upstream[..split], upstream[(split + 1)..]) : (upstream, sourceVersion);
        }

        var draft = new Draft(new Package
        {
            Ecosystem = ecosystem,
            Release = release,
            Name = writtenName is not null && SameName(ecosystem, writtenName, name) ? writtenName : name,
            Version = version,
            SourceName = sourceName,
            SourceVersion = sourceVersion,
            Purl = canonical,
            File = file,
            Line = at.Line,
        })
        { Development = development };
        drafts.Add(draft);
        byPurl[canonical] = draft;
        byReference.TryAdd(reference, draft);
    }

    /// <summary>Whether <paramref name="reference"/> names a component that was added.</summary>
    public bool Knows(string reference) => byReference.ContainsKey(reference);

    /// <summary>
    /// Marks the component as a direct dependency of the document's subject, with an edge from the subject when
    /// it has a purl (as lockfile extractors give an edge from the project).
    /// </summary>
    public void MarkDirect(string reference, string? subjectPurl)
    {
        if (!byReference.TryGetValue(reference, out var draft))
        {
            return;
        }

        draft.Direct = true;
        if (subjectPurl is not null && seenEdges.Add((subjectPurl, null, draft)))
        {
            edges.Add((subjectPurl, null, draft));
        }
    }

    /// <summary>
    /// The subject's purl as Bulwark writes it (rebuilt like the packages' purls), or as written when it is of a
    /// type Bulwark does not match; null when there is none or it does not parse.
    /// </summary>
    public static string? SubjectPurl(string? purlText)
    {
        if (purlText is null || !PurlParser.TryParse(purlText, out var purl, out _))
        {
            return null;
        }

        return PurlEcosystems.Identify(purl, out _) is { } identity ? Purl.For(identity.Ecosystem, identity.Name, purl.Version ?? "", purl.Qualifiers) : purlText;
    }

    /// <summary>Records that <paramref name="from"/> depends on <paramref name="to"/>; references to components left out are ignored.</summary>
    public void AddEdge(string from, string to)
    {
        if (byReference.TryGetValue(from, out var dependent) && byReference.TryGetValue(to, out var dependency)
            && dependent != dependency && seenEdges.Add((null, dependent, dependency)))
        {
            edges.Add((null, dependent, dependency));
            dependency.Pulled = true;
        }
    }

    /// <summary>Writes the packages, edges and the counts of components left out to the extraction.</summary>
    public void Finish()
    {
        foreach (var draft in drafts)
        {
            var scope = draft.Direct ? DependencyScope.Direct : draft.Pulled ? DependencyScope.Transitive : DependencyScope.Unknown;
            extraction.Packages.Add(draft.Package with { Scope = scope, Development = draft.Development });
        }

        extraction.Edges.AddRange(edges.Select(e => new DependencyEdge(e.Subject ?? e.From!.Package.Purl, e.To.Package.Purl)));
        foreach (var (reason, (count, first)) in leftOut)
        {
            var what = count == 1 ? "1 component is" : $"{count} components are";
            extraction.Diagnostics.Add(new PackageDiagnostic(file, first.Line, first.Column, $"{what} left out (the first here): {reason}"));
        }
    }

    /// <summary>Whether a name the document spells out is the purl's name up to the purl's normalisation.</summary>
    private static bool SameName(string ecosystem, string written, string fromPurl) => ecosystem == Ecosystems.PyPI
        ? string.Equals(written.Replace('_', '-').Replace('.', '-'), fromPurl.Replace('_', '-').Replace('.', '-'), StringComparison.OrdinalIgnoreCase)
        : string.Equals(written, fromPurl, StringComparison.OrdinalIgnoreCase);

    private sealed class Draft(Package package)
    {
        public Package Package { get; } = package;

        public bool Development { get; set; }

        public bool Direct { get; set; }

        public bool Pulled { get; set; }
    }
}

using System.Collections.Concurrent;
using Bulwark.Scanners.Packages.Database;
using Bulwark.Scanners.Packages.Extractors;
using Bulwark.Scanners.Packages.Matching;
using Bulwark.Scanners.Packages.Model;
using Bulwark.Scanners.Packages.Sbom;
using Bulwark.Scanners.Packages.Scanning;
using Bulwark.Sdk;

namespace Bulwark.Scanners.Packages;

/// <summary>
/// Collects package files while the scan reads the tree, then, once all are in, extracts their packages
/// (extractors may read a file's companions: go.sum, a parent POM, etc/os-release), reports the inventory,
/// and matches it against the local OSV database in one pass.
/// </summary>
public sealed class PackagesScanner(ScannerInfo info, PackagesSettings settings, Func<RuleInfo, bool> isRuleEnabled) : IScanner
{
    private readonly ConcurrentDictionary<(string Origin, string Path), PackageFile> _files = new();

    /// <inheritdoc />
    public ScannerInfo Info { get; } = info;

    /// <inheritdoc />
    public IReadOnlyList<RuleInfo> Rules { get; } = [PackageFindings.ParseErrorInfo, PackageFindings.UncheckedInfo];

    /// <summary>What the scan clock says now; tests set it to check the database-age warning.</summary>
    public Func<DateTimeOffset> Clock { get; init; } = () => DateTimeOffset.UtcNow;

    /// <summary>Only inventory the components (for <c>bulwark sbom</c>): no database, no matching, no notes about it.</summary>
    public bool InventoryOnly { get; init; }

    /// <summary>The same scanner, inventorying only.</summary>
    public PackagesScanner Inventorying() => new(Info, settings, isRuleEnabled) { InventoryOnly = true, Clock = Clock };

    /// <inheritdoc />
    public bool Wants(SourceFile file) => settings.SbomFile is null && PackageInputs.Wants(file.Path);

    /// <inheritdoc />
    public bool ReadsWhole(SourceFile file) => PackageInputs.IsBinaryDatabase(file.Path);

    /// <inheritdoc />
    public ValueTask ScanAsync(SourceFile file, ScanContent content, IFindingSink sink, CancellationToken cancellationToken)
    {
        var text = content.Text.ToString();
        var bytes = content.Text.IsEmpty ? content.Bytes.ToArray() : ReadOnlyMemory<byte>.Empty;
        _files[(file.Origin?.Id ?? "", file.Path)] = new PackageFile(file.Path, bytes, text, file.Origin, file.ChangedLines);
        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public ValueTask FinishAsync(IFindingSink sink, CancellationToken cancellationToken)
    {
        var extracted = settings.SbomFile is { } sbom ? ReadSbom(sbom, sink) : ExtractTree(cancellationToken);
        var packages = new List<Package>();
        var origins = new Dictionary<Package, Origin?>(ReferenceEqualityComparer.Instance);
        var seen = new HashSet<(string, string, int, string)>();
        var changeScan = _files.Values.Any(f => f.ChangedLines is not null);
        foreach (var (file, extraction) in extracted)
        {
            foreach (var diagnostic in extraction.Diagnostics.Where(_ => isRuleEnabled(PackageFindings.ParseErrorInfo)))
            {
                var finding = PackageFindings.ForDiagnostic(diagnostic);
                sink.Add(finding with { Location = finding.Location with { Origin = file.Origin } });
            }

            // A requirements file included with -r is also read on its own: its packages count once.
            var fresh = extraction.Packages.Where(p => seen.Add((file.Origin?.Id ?? "", p.File, p.Line, p.Purl))).ToList();
            Inventory(fresh, extraction.Edges, file.Origin, sink);
            packages.AddRange(fresh.Where(p => !changeScan || Added(p, file.Origin)));
            fresh.ForEach(p => origins[p] = file.Origin);
        }

        if (packages.Count == 0 || InventoryOnly)
        {
            return ValueTask.CompletedTask;
        }

        var (database, problem) = VulnerabilityDatabase.Open(CacheDirectory.DatabasePath(settings.CacheDirectory));
        if (database is null)
        {
            sink.Note(new ScanNote(Info.Id, $"{packages.Count:N0} packages were inventoried but not checked for vulnerabilities: {problem}", IsWarning: true));
            return ValueTask.CompletedTask;
        }

        using (database)
        {
            var now = Clock();
            var age = database.Info.AgeAt(now);
            sink.Note(age > settings.MaxDatabaseAge
                ? new ScanNote(Info.Id, $"{database.Info.Describe(now)} is older than the {PackagesSettings.FormatAge(settings.MaxDatabaseAge)} allowed (packages.max-db-age): run 'bulwark db update'", IsWarning: true)
                : new ScanNote(Info.Id, $"checked {packages.Count:N0} packages against the {database.Info.Describe(now)}"));
            Report(PackageMatcher.Match(packages, database), origins, sink);
        }

        return ValueTask.CompletedTask;
    }

    // A scan of a change (--commits, --staged) checks only the packages the change added or changed: a
    // package counts when the lines it is declared on were added, like any other finding of such a scan.
    private bool Added(Package package, Origin? origin) =>
        _files.TryGetValue((origin?.Id ?? "", package.File), out var declared) && declared.Covers(Math.Max(1, package.Line));

    private void Report(MatchResult result, Dictionary<Package, Origin?> origins, IFindingSink sink)
    {
        var vex = ReadVex(sink);
        var unfixed = 0;
        foreach (var match in result.Matches)
        {
            if (!isRuleEnabled(new RuleInfo { Id = match.Primary.Id, Title = match.Primary.Id, Description = match.Primary.Summary, Severity = Sdk.Severity.Medium }))
            {
                continue;
            }

            if (settings.IgnoreUnfixed && match.FixedIn.Count == 0)
            {
                unfixed++;
                continue;
            }

            var finding = PackageFindings.For(match, AdvisorySeverity.Rate(match.Advisories));
            finding = finding with { Location = finding.Location with { Origin = origins.GetValueOrDefault(match.Package) } };
            if (VexDecision.For(match, vex) is { } statement)
            {
                sink.Suppressed(VexDecision.Suppress(finding, statement));
            }
            else
            {
                sink.Add(finding);
            }
        }

        if (unfixed > 0)
        {
            sink.Note(new ScanNote(Info.Id, $"{unfixed:N0} vulnerabilities with no fixed version yet were left out (--ignore-unfixed)"));
        }

        if (isRuleEnabled(PackageFindings.UncheckedInfo))
        {
            foreach (var (package, reason) in result.Unchecked)
            {
                var finding = PackageFindings.ForUnchecked(package, reason);
                sink.Add(finding with { Location = finding.Location with { Origin = origins.GetValueOrDefault(package) } });
            }
        }
    }

    private List<VexStatement> ReadVex(IFindingSink sink)
    {
        var statements = new List<VexStatement>();
        foreach (var (path, _) in settings.VexFiles)
        {
            byte[] bytes;
            try
            {
                bytes = File.ReadAllBytes(path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                sink.Error(path, $"the VEX document cannot be read: {e.Message}");
                continue;
            }

            var extraction = VexReader.Read(path, bytes);
            statements.AddRange(extraction.Statements);
            foreach (var diagnostic in extraction.Diagnostics)
            {
                sink.Note(new ScanNote(Info.Id, $"VEX {diagnostic.File}:{diagnostic.Line}: {diagnostic.Message}", IsWarning: true));
            }
        }

        return statements;
    }

    private List<(PackageFile File, Extraction Extraction)> ExtractTree(CancellationToken cancellationToken)
    {
        var results = new ConcurrentBag<(PackageFile, Extraction)>();
        var byOrigin = _files.Values.GroupBy(f => f.Origin?.Id ?? "").ToDictionary(g => g.Key, g => g.ToDictionary(f => f.Path, StringComparer.Ordinal));
        Parallel.ForEach(_files.Values, new ParallelOptions { CancellationToken = cancellationToken }, file =>
        {
            if (PackageInputs.ExtractorFor(file.Path) is not { } extractor)
            {
                return;
            }

            var sameOrigin = byOrigin[file.Origin?.Id ?? ""];
            var input = new ExtractorInput(file.Path, file.Bytes, file.Text, path => sameOrigin.TryGetValue(path, out var other) ? other.Text : null);
            results.Add((file, extractor.Extract(input)));
        });

        return [.. results.OrderBy(r => r.Item1.Origin?.Id ?? "", StringComparer.Ordinal).ThenBy(r => r.Item1.Path, StringComparer.Ordinal)];
    }

    // Named by its file name, as a scan of that one file names it.
    private static List<(PackageFile, Extraction)> ReadSbom(string path, IFindingSink sink)
    {
        var shown = Path.GetFileName(path);
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            sink.Error(shown, $"the SBOM cannot be read: {e.Message}");
            return [];
        }

        var file = new PackageFile(shown, bytes, "", null);
        return [(file, PackageInputs.SbomReader.Extract(new ExtractorInput(shown, bytes, System.Text.Encoding.UTF8.GetString(bytes), _ => null)))];
    }

    private static readonly IReadOnlyDictionary<string, string> NoProperties = new Dictionary<string, string>();

    private static Dictionary<string, string> Properties(Package package)
    {
        var properties = new Dictionary<string, string>();
        if (package.SourceName is not null)
        {
            properties["sourcePackage"] = package.SourceName;
        }

        if (package.SourceVersion is not null)
        {
            properties["sourceVersion"] = package.SourceVersion;
        }

        if (package.Note is not null)
        {
            properties["note"] = package.Note;
        }

        return properties;
    }

    private void Inventory(List<Package> packages, List<DependencyEdge> edges, Origin? origin, IFindingSink sink)
    {
        var dependsOn = edges.GroupBy(e => e.From, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)[.. g.Select(e => e.To).Distinct(StringComparer.Ordinal)], StringComparer.Ordinal);
        foreach (var package in packages)
        {
            var properties = package.SourceName is null && package.SourceVersion is null && package.Note is null ? NoProperties : Properties(package);
            sink.Component(new ReportComponent
            {
                Scanner = Info.Id,
                Purl = package.Purl,
                Name = package.Name,
                Version = package.Version,
                Ecosystem = package.OsvEcosystem,
                Location = new Location(package.File, Math.Max(1, package.Line), Math.Max(1, package.Line)) { Origin = origin },
                Direct = package.Scope switch { DependencyScope.Direct => true, DependencyScope.Transitive => false, _ => null },
                Development = package.Development,
                DependsOn = dependsOn.GetValueOrDefault(package.Purl) ?? [],
                Properties = properties,
            });
        }
    }
}

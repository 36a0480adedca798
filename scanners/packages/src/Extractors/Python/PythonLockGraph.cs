using Bulwark.Scanners.Packages.Model;

namespace Bulwark.Scanners.Packages.Extractors.Python;

/// <summary>
/// What the Python lockfile readers have in common: locked packages by an id of the reader's own, the
/// edges between them, and what the project depends on directly. <see cref="Finish"/> makes the packages:
/// Direct when the project names it, dev-only when the file marks it so or when only development
/// dependencies lead to it, and edges by purl.
/// </summary>
internal sealed class PythonLockGraph(string file)
{
    private readonly Dictionary<string, Package> _nodes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, bool?> _marked = new(StringComparer.Ordinal);
    private readonly List<string> _order = [];
    private readonly List<(string From, string To)> _edges = [];
    private readonly List<(string To, bool Development, string? Owner)> _roots = [];
    private readonly List<PackageDiagnostic> _diagnostics = [];

    /// <summary>Whether the file (or the manifest beside it) says what the project depends on; then a package no root names is Transitive.</summary>
    public bool RootsKnown { get; set; }

    /// <summary>Adds a locked package; a repeated id keeps the first.</summary>
    /// <param name="id">The reader's id for it.</param>
    /// <param name="name">The name as the file writes it.</param>
    /// <param name="version">The exact version.</param>
    /// <param name="line">The line of its entry.</param>
    /// <param name="development">True or false when the file marks dev-only packages; null to work it out from the roots.</param>
    /// <param name="note">A caveat for a person (a git or URL source).</param>
    public void AddNode(string id, string name, string version, int line, bool? development, string? note)
    {
        if (_nodes.ContainsKey(id))
        {
            return;
        }

        _order.Add(id);
        _marked[id] = development;
        _nodes[id] = new Package
        {
            Ecosystem = Ecosystems.PyPI,
            Name = name,
            Version = version,
            Purl = PythonNames.Purl(name, version),
            File = file,
            Line = line,
            Note = note,
        };
    }

    /// <summary>Whether a package with this id was added.</summary>
    public bool Has(string id) => _nodes.ContainsKey(id);

    /// <summary>Records that package <paramref name="from"/> depends on <paramref name="to"/> (ids); edges to ids never added are dropped.</summary>
    public void AddEdge(string from, string to) => _edges.Add((from, to));

    /// <summary>Records that the project depends on package <paramref name="to"/> (an id), as a development dependency or not.</summary>
    /// <param name="to">The dependency's id.</param>
    /// <param name="development">Whether the project declares it for development only.</param>
    /// <param name="owner">The purl of the project (or workspace member) that declares it, when the files name it; the edge then starts there.</param>
    public void AddRoot(string to, bool development, string? owner = null) => _roots.Add((to, development, owner));

    /// <summary>Records a problem at <paramref name="line"/> (and <paramref name="column"/>, when known) of <paramref name="where"/> (this file when null).</summary>
    public void Diagnose(int line, string message, int column = 0, string? where = null) =>
        _diagnostics.Add(new PackageDiagnostic(where ?? file, line, column, message));

    /// <summary>The packages, edges and diagnostics.</summary>
    public Extraction Finish()
    {
        var prod = Reach(_roots.Where(r => !r.Development).Select(r => r.To));
        var dev = Reach(_roots.Where(r => r.Development).Select(r => r.To));
        var direct = _roots.Select(r => r.To).ToHashSet(StringComparer.Ordinal);
        var extraction = new Extraction();
        foreach (var id in _order)
        {
            extraction.Packages.Add(_nodes[id] with
            {
                Scope = !RootsKnown ? DependencyScope.Unknown : direct.Contains(id) ? DependencyScope.Direct : DependencyScope.Transitive,
                Development = _marked[id] ?? (RootsKnown && dev.Contains(id) && !prod.Contains(id)),
            });
        }

        // The project's own edges first, as the other graph readers write them.
        var owned = _roots.Where(r => r.Owner is not null && _nodes.ContainsKey(r.To)).Select(r => (r.Owner!, _nodes[r.To].Purl));
        var between = _edges.Where(e => _nodes.ContainsKey(e.From) && _nodes.ContainsKey(e.To)).Select(e => (_nodes[e.From].Purl, _nodes[e.To].Purl));
        var seen = new HashSet<(string, string)>();
        foreach (var (from, to) in owned.Concat(between))
        {
            if (from != to && seen.Add((from, to)))
            {
                extraction.Edges.Add(new DependencyEdge(from, to));
            }
        }

        extraction.Diagnostics.AddRange(_diagnostics.OrderBy(d => d.File != file).ThenBy(d => d.Line));
        return extraction;
    }

    private HashSet<string> Reach(IEnumerable<string> starts)
    {
        var next = _edges.ToLookup(e => e.From, e => e.To, StringComparer.Ordinal);
        var reached = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<string>(starts.Where(_nodes.ContainsKey));
        while (queue.TryDequeue(out var id))
        {
            if (reached.Add(id))
            {
                foreach (var target in next[id].Where(t => _nodes.ContainsKey(t) && !reached.Contains(t)))
                {
                    queue.Enqueue(target);
                }
            }
        }

        return reached;
    }
}

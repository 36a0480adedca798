using Bulwark.Scanners.Packages.Model;

namespace Bulwark.Scanners.Packages.Extractors.JavaScript;

/// <summary>
/// What the npm-family readers have in common: installed packages by an id of the format's own (a
/// node_modules path, a yarn selector, a pnpm key), the edges between them, and what the project itself
/// depends on. <see cref="Finish"/> turns that into packages: Direct when the project names it, dev-only
/// when the format says so or when only development dependencies lead to it, one package per name and
/// version (the first entry's line), and edges by purl.
/// </summary>
internal sealed class NpmLockGraph(string file)
{
    private readonly Dictionary<string, Node> _nodes = new(StringComparer.Ordinal);
    private readonly List<Node> _order = [];
    private readonly List<(string From, string To)> _edges = [];
    private readonly List<(string To, bool Development, string? Owner)> _roots = [];
    private readonly List<PackageDiagnostic> _diagnostics = [];

    /// <summary>
    /// Whether the file (or the manifest beside it) says what the project depends on; then a package no
    /// root names is Transitive, and dev-only status can be worked out from the roots.
    /// </summary>
    public bool RootsKnown { get; set; }

    /// <summary>Whether the roots are known only in part (workspaces whose manifests could not be read): packages no root names stay Unknown.</summary>
    public bool RootsPartial { get; set; }

    /// <summary>The project's own purl when the file names the project; direct dependencies then get an edge from it.</summary>
    public string? ProjectPurl { get; set; }

    /// <summary>Adds an installed package.</summary>
    /// <param name="id">The format's id for it; a repeated id keeps the first.</param>
    /// <param name="name">The npm name as installed (the real name, not an alias).</param>
    /// <param name="version">The exact version, or empty when the entry has none (a git dependency in an old lockfile).</param>
    /// <param name="line">The line of its entry.</param>
    /// <param name="development">True or false when the format marks dev-only packages; null to work it out from the roots.</param>
    /// <param name="scope">The scope when the format says it of this entry alone and roots are not known.</param>
    /// <param name="note">A caveat for a person (a git or tarball source).</param>
    public void AddNode(string id, string name, string version, int line, bool? development = null, DependencyScope scope = DependencyScope.Unknown, string? note = null)
    {
        if (_nodes.ContainsKey(id))
        {
            return;
        }

        var node = new Node(name, version, line, development, scope, note);
        _nodes[id] = node;
        _order.Add(node);
    }

    /// <summary>Whether a package with this id was added.</summary>
    public bool Has(string id) => _nodes.ContainsKey(id);

    /// <summary>Records that package <paramref name="from"/> depends on <paramref name="to"/> (ids); edges to ids never added are dropped.</summary>
    public void AddEdge(string from, string to) => _edges.Add((from, to));

    /// <summary>Records that the project depends on package <paramref name="to"/> (an id), as a development dependency or not.</summary>
    /// <param name="to">The package's id.</param>
    /// <param name="development">Whether it is declared as a development dependency.</param>
    /// <param name="owner">The purl of the workspace that declares it, when not the project itself (<see cref="ProjectPurl"/>).</param>
    public void AddRoot(string to, bool development, string? owner = null) => _roots.Add((to, development, owner));

    /// <summary>Records a problem at <paramref name="line"/> (and <paramref name="column"/>, when known) of the file.</summary>
    public void Diagnose(int line, string message, int column = 0) => _diagnostics.Add(new PackageDiagnostic(file, line, column, message));

    /// <summary>Records a problem in another file (a manifest read beside the lockfile).</summary>
    public void Diagnose(string otherFile, int line, string message) => _diagnostics.Add(new PackageDiagnostic(otherFile, line, 0, message));

    /// <summary>The packages, edges and diagnostics.</summary>
    public Extraction Finish()
    {
        var prod = Reach(_roots.Where(r => !r.Development).Select(r => r.To));
        var dev = Reach(_roots.Where(r => r.Development).Select(r => r.To));
        var direct = _roots.Select(r => r.To).Where(_nodes.ContainsKey).Select(id => _nodes[id]).ToHashSet();
        var inferDevelopment = RootsKnown && !RootsPartial;

        var extraction = new Extraction();
        var byPurl = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var node in _order)
        {
            var scope = !RootsKnown ? node.Scope
                : direct.Contains(node) ? DependencyScope.Direct
                : RootsPartial ? DependencyScope.Unknown
                : DependencyScope.Transitive;
            var development = node.Development ?? (inferDevelopment && dev.Contains(node) && !prod.Contains(node));
            if (byPurl.TryGetValue(node.Purl, out var index))
            {
                var first = extraction.Packages[index];
                extraction.Packages[index] = first with
                {
                    Scope = Stronger(first.Scope, scope),
                    Development = first.Development && development,
                    Note = first.Note ?? node.Note,
                };
                continue;
            }

            byPurl[node.Purl] = extraction.Packages.Count;
            extraction.Packages.Add(new Package
            {
                Ecosystem = Ecosystems.Npm,
                Name = node.Name,
                Version = node.Version,
                Purl = node.Purl,
                File = file,
                Line = node.Line,
                Scope = scope,
                Development = development,
                Note = node.Note,
            });
        }

        var seen = new HashSet<(string, string)>();
        var edges = _edges.Where(e => _nodes.ContainsKey(e.From) && _nodes.ContainsKey(e.To)).Select(e => (_nodes[e.From].Purl, _nodes[e.To].Purl));
        var owned = _roots.Where(r => _nodes.ContainsKey(r.To) && (r.Owner ?? ProjectPurl) is not null).Select(r => ((r.Owner ?? ProjectPurl)!, _nodes[r.To].Purl));
        edges = owned.Concat(edges);

        foreach (var (from, to) in edges)
        {
            if (from != to && seen.Add((from, to)))
            {
                extraction.Edges.Add(new DependencyEdge(from, to));
            }
        }

        // Reported as they were found, but read in line order; problems in files beside this one come last.
        extraction.Diagnostics.AddRange(_diagnostics.OrderBy(d => d.File != file).ThenBy(d => d.Line));
        return extraction;
    }

    private static DependencyScope Stronger(DependencyScope a, DependencyScope b) =>
        a == DependencyScope.Direct || b == DependencyScope.Direct ? DependencyScope.Direct
        : a == DependencyScope.Transitive || b == DependencyScope.Transitive ? DependencyScope.Transitive
        : DependencyScope.Unknown;

    private HashSet<Node> Reach(IEnumerable<string> starts)
    {
        var next = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (from, to) in _edges)
        {
            if (!next.TryGetValue(from, out var list))
            {
                next[from] = list = [];
            }

            list.Add(to);
        }

        var reached = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<string>(starts.Where(_nodes.ContainsKey));
        while (queue.TryDequeue(out var id))
        {
            if (!reached.Add(id) || !next.TryGetValue(id, out var targets))
            {
                continue;
            }

            foreach (var target in targets.Where(t => _nodes.ContainsKey(t) && !reached.Contains(t)))
            {
                queue.Enqueue(target);
            }
        }

        return reached.Select(id => _nodes[id]).ToHashSet();
    }

    private sealed class Node(string name, string version, int line, bool? development, DependencyScope scope, string? note)
    {
        public string Name { get; } = name;

        public string Version { get; } = version;

        public int Line { get; } = line;

        public bool? Development { get; } = development;

        public DependencyScope Scope { get; } = scope;

        public string? Note { get; } = note;

        public string Purl { get; } = Model.Purl.For(Ecosystems.Npm, name, version);
    }
}

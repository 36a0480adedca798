using Bulwark.Scanners.Iac.Hcl.Syntax;
using Bulwark.Scanners.Iac.Model;
using Bulwark.Scanners.Iac.Scanning;

namespace Bulwark.Scanners.Iac.Hcl.Terraform;

/// <summary>
/// The Terraform files of a scan, read the way Terraform reads them: every folder is a module; folders no
/// other scanned folder calls are roots (their tfvars apply); local modules are evaluated through their calls,
/// so a module is judged on the inputs it is really given, not on its defaults alone.
/// </summary>
public static class TerraformProject
{
    /// <summary>
    /// One document per root module, holding its resources and those of the modules it calls. Root modules are
    /// evaluated in parallel; <paramref name="parse"/> may hand over files already parsed.
    /// </summary>
    public static IReadOnlyList<IacDocument> Load(IReadOnlyList<IacInput> inputs, Func<IacInput, ParseResult<ConfigFile>>? parse = null)
    {
        // Files from different commits or layers are never mixed into one module.
        var documents = new List<IacDocument>();
        foreach (var byOrigin in inputs.GroupBy(i => i.Origin))
        {
            documents.AddRange(LoadTree(byOrigin.ToList(), parse));
        }

        return documents;
    }

    private static IEnumerable<IacDocument> LoadTree(IReadOnlyList<IacInput> inputs, Func<IacInput, ParseResult<ConfigFile>>? parse)
    {
        var modules = inputs.GroupBy(i => i.Folder, StringComparer.Ordinal).AsParallel()
            .Select(g => ModuleSource.Parse(g.Key, g.ToList(), parse))
            .ToDictionary(m => m.Folder, StringComparer.Ordinal);
        var suppressions = new Dictionary<ModuleSource, TerraformSuppressions>();
        TerraformSuppressions SuppressionsOf(ModuleSource source)
        {
            lock (suppressions)
            {
                if (!suppressions.TryGetValue(source, out var placed))
                {
                    suppressions[source] = placed = new TerraformSuppressions(source);
                }

                return placed;
            }
        }

        var called = modules.Values.SelectMany(m => m.CalledFolders().Where(f => f != m.Folder)).ToHashSet(StringComparer.Ordinal);
        var roots = modules.Values.Where(m => !called.Contains(m.Folder)).ToList();

        // Folders that only call each other have no root among them; each is then evaluated as its own root.
        var reached = new HashSet<string>(StringComparer.Ordinal);
        foreach (var root in roots)
        {
            Reach(root.Folder, modules, reached);
        }

        roots.AddRange(modules.Values.Where(m => !reached.Contains(m.Folder)).OrderBy(m => m.Folder, StringComparer.Ordinal));

        var evaluator = new ModuleEvaluator(modules, SuppressionsOf);
        var ordered = roots.OrderBy(m => m.Folder, StringComparer.Ordinal).ToList();
        var expanded = ordered.AsParallel().AsOrdered().Select(root =>
        {
            var resources = new List<IacResource>();
            var diagnostics = new List<IacDiagnostic>();
            evaluator.Expand(new ModuleInstance(root, "", null, new Dictionary<string, IacValue>(), isRoot: true), resources, diagnostics, [root.Folder]);
            return (Root: root, Resources: resources, Diagnostics: diagnostics);
        }).ToList();

        // A module's syntax errors and line suppressions are reported once, however many times it is called.
        var reported = new HashSet<ModuleSource>();
        var byFile = modules.Values.SelectMany(m => m.Texts.Keys.Select(f => (File: f, Module: m))).ToDictionary(p => p.File, p => p.Module, StringComparer.Ordinal);
        foreach (var (root, resources, diagnostics) in expanded)
        {
            var touched = resources.Select(r => byFile.GetValueOrDefault(r.File)).OfType<ModuleSource>().Append(root).Distinct().ToList();
            var fresh = touched.Where(reported.Add).ToList();
            diagnostics.AddRange(fresh.SelectMany(m => m.Diagnostics));
            yield return new IacDocument
            {
                Platform = IacPlatform.Terraform,
                File = root.Texts.Keys.FirstOrDefault() ?? root.Tfvars.Values.FirstOrDefault().File ?? root.Folder,
                Resources = resources,
                Diagnostics = diagnostics,
                LineSuppressions = touched.SelectMany(m => SuppressionsOf(m).Lines).ToList(),
            };
        }
    }

    private static void Reach(string folder, IReadOnlyDictionary<string, ModuleSource> modules, HashSet<string> reached)
    {
        if (reached.Add(folder) && modules.TryGetValue(folder, out var module))
        {
            foreach (var next in module.CalledFolders())
            {
                Reach(next, modules, reached);
            }
        }
    }
}

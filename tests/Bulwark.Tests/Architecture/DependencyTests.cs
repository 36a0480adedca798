using System.Reflection;

namespace Bulwark.Tests.Architecture;

/// <summary>The dependency arrows of docs/architecture.md, checked on the compiled assemblies.</summary>
public class DependencyTests
{
    private static readonly Assembly Sdk = typeof(Sdk.Finding).Assembly;
    private static readonly Assembly Rules = typeof(Bulwark.Rules.YamlMap).Assembly;
    private static readonly Assembly Targets = typeof(Bulwark.Targets.Directories.DirectorySource).Assembly;
    private static readonly Assembly Engine = typeof(Bulwark.Engine.Planning.ScanPlanner).Assembly;
    private static readonly Assembly Reporters = typeof(Bulwark.Reporters.Reporters).Assembly;

    private static IReadOnlyList<string> BulwarkReferences(Assembly assembly) =>
        assembly.GetReferencedAssemblies().Select(a => a.Name!).Where(n => n.StartsWith("Bulwark", StringComparison.Ordinal)).Order().ToList();

    [Fact]
    public void The_sdk_depends_on_nothing_else_in_bulwark() => Assert.Empty(BulwarkReferences(Sdk));

    [Fact]
    public void Rules_depend_only_on_the_sdk() => Assert.Equal(["Bulwark.Sdk"], BulwarkReferences(Rules));

    [Fact]
    public void Targets_depend_only_on_the_sdk() => Assert.Equal(["Bulwark.Sdk"], BulwarkReferences(Targets));

    [Fact]
    public void Reporters_depend_only_on_the_sdk() => Assert.Equal(["Bulwark.Sdk"], BulwarkReferences(Reporters));

    [Fact]
    public void The_ledger_depends_only_on_the_sdk() =>
        Assert.Equal(["Bulwark.Sdk"], BulwarkReferences(typeof(Bulwark.Ledger.Ledger).Assembly));

    [Fact]
    public void The_store_depends_on_nothing_but_the_sdk()
    {
        var store = Assembly.Load(typeof(Bulwark.Server.ServerHost).Assembly.GetReferencedAssemblies().Single(a => a.Name == "Bulwark.Server.Store"));
        Assert.All(BulwarkReferences(store), r => Assert.Equal("Bulwark.Sdk", r));
        Assert.DoesNotContain(store.GetReferencedAssemblies(), a => a.Name!.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
    }

    [Fact]
    public void The_server_depends_on_the_store_the_ledger_and_the_sdk_only() =>
        Assert.All(BulwarkReferences(typeof(Bulwark.Server.ServerHost).Assembly), r => Assert.Contains(r, new[] { "Bulwark.Sdk", "Bulwark.Server.Store", "Bulwark.Ledger" }));

    [Fact]
    public void The_engine_knows_no_scanner_source_or_reporter() =>
        Assert.Equal(["Bulwark.Rules", "Bulwark.Sdk"], BulwarkReferences(Engine));

    [Fact]
    public void Each_room_depends_only_on_the_sdk_and_rules()
    {
        foreach (var module in Catalog.Catalog.Scanners)
        {
            var references = BulwarkReferences(module.GetType().Assembly);
            Assert.All(references, r => Assert.Contains(r, new[] { "Bulwark.Sdk", "Bulwark.Rules" }));
        }
    }

    [Fact]
    public void Scanner_ids_and_report_formats_are_unique_and_sorted()
    {
        var ids = Catalog.Catalog.Scanners.Select(s => s.Info.Id).ToList();
        Assert.Equal(ids.Distinct().Order(StringComparer.Ordinal), ids);
        var formats = Catalog.Catalog.Reporters.Select(r => r.Format).ToList();
        Assert.Equal(formats.Distinct().Order(StringComparer.Ordinal), formats);
    }

    [Fact]
    public void Rule_ids_are_unique_across_all_scanners_and_carry_their_room()
    {
        var rules = Catalog.Catalog.Scanners.SelectMany(s => s.BuiltInRules.Select(r => (Room: s.Info.Id, r.Id))).ToList();
        Assert.Equal(rules.Count, rules.Select(r => r.Id).Distinct().Count());
        Assert.All(rules, r => Assert.True(Bulwark.Rules.RuleIds.IsValid(r.Id, r.Room), r.Id));
    }
}

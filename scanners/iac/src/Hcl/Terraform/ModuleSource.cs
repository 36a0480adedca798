using Bulwark.Scanners.Iac.Hcl.Syntax;
using Bulwark.Scanners.Iac.Model;
using Bulwark.Scanners.Iac.Scanning;

namespace Bulwark.Scanners.Iac.Hcl.Terraform;

/// <summary>
/// One Terraform module folder, parsed: its variables, locals, resources and data sources, module calls,
/// providers and outputs, the values of its <c>*.tfvars</c> files, and every comment (for suppressions).
/// </summary>
public sealed class ModuleSource
{
    /// <summary>The folder, relative to the scan root ("" at the root).</summary>
    public required string Folder { get; init; }

    /// <summary>Variables by name.</summary>
    public Dictionary<string, (Block Block, string File)> Variables { get; } = new(StringComparer.Ordinal);

    /// <summary>Locals by name.</summary>
    public Dictionary<string, (HclAttribute Attribute, string File)> Locals { get; } = new(StringComparer.Ordinal);

    /// <summary>Resource, data, provider, module and terraform blocks, in file order.</summary>
    public List<(Block Block, string File)> Blocks { get; } = [];

    /// <summary>Comments by file.</summary>
    public Dictionary<string, IReadOnlyList<Comment>> Comments { get; } = new(StringComparer.Ordinal);

    /// <summary>The text of each .tf file, for telling a trailing comment from one on its own line.</summary>
    public Dictionary<string, string> Texts { get; } = new(StringComparer.Ordinal);

    /// <summary>Values from <c>terraform.tfvars</c> and <c>*.auto.tfvars</c> (later files win), with where each is set.</summary>
    public Dictionary<string, (Expression Expression, string File)> Tfvars { get; } = new(StringComparer.Ordinal);

    /// <summary>Syntax problems.</summary>
    public List<IacDiagnostic> Diagnostics { get; } = [];

    /// <summary>Parses the files of one folder.</summary>
    public static ModuleSource Parse(string folder, IReadOnlyList<IacInput> files, Func<IacInput, ParseResult<ConfigFile>>? parse = null)
    {
        parse ??= input => HclParser.Parse(input.Text, input.Path);
        var module = new ModuleSource { Folder = folder };
        foreach (var input in files.Where(f => f.Path.EndsWith(".tf", StringComparison.Ordinal)).OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            var parsed = parse(input);
            module.Diagnostics.AddRange(parsed.Diagnostics.Select(d => new IacDiagnostic(input.Path, d.Range, d.Message)));
            module.Comments[input.Path] = parsed.Value.Comments;
            module.Texts[input.Path] = input.Text;
            module.Add(parsed.Value.Body, input.Path);
        }

        // terraform.tfvars first, then *.auto.tfvars in lexical order: later assignments win, as in Terraform.
        var tfvars = files.Where(f => f.Path.EndsWith(".tfvars", StringComparison.Ordinal))
            .OrderBy(f => f.Path.EndsWith("/terraform.tfvars", StringComparison.Ordinal) || f.Path == "terraform.tfvars" ? 0 : 1)
            .ThenBy(f => f.Path, StringComparer.Ordinal);
        foreach (var input in tfvars)
        {
            var parsed = parse(input);
            module.Diagnostics.AddRange(parsed.Diagnostics.Select(d => new IacDiagnostic(input.Path, d.Range, d.Message)));
            foreach (var attribute in parsed.Value.Body.Attributes)
            {
                module.Tfvars[attribute.Name] = (attribute.Expression, input.Path);
            }
        }

        return module;
    }

    /// <summary>The local folders this module calls (<c>source = "./net"</c>), resolved against its own folder.</summary>
    public IEnumerable<string> CalledFolders() =>
        Blocks.Where(b => b.Block.Type == "module").Select(b => LocalSource(b.Block)).OfType<string>();

    /// <summary>The folder a module block's local <c>source</c> points at, or null for a remote source.</summary>
    public string? LocalSource(Block block)
    {
        if (block.Body.FindAttribute("source")?.Expression is not TemplateExpr { LiteralValue: { } source }
            || !(source.StartsWith("./", StringComparison.Ordinal) || source.StartsWith("../", StringComparison.Ordinal)))
        {
            return null;
        }

        var parts = new List<string>(Folder.Length == 0 ? [] : Folder.Split('/'));
        foreach (var part in source.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            if (part == "..")
            {
                if (parts.Count == 0)
                {
                    return null;
                }

                parts.RemoveAt(parts.Count - 1);
            }
            else if (part != ".")
            {
                parts.Add(part);
            }
        }

        return string.Join('/', parts);
    }

    private void Add(Body body, string file)
    {
        foreach (var block in body.Blocks)
        {
            switch (block.Type)
            {
                case "variable" when block.Label(0) is { } name:
                    Variables[name] = (block, file);
                    break;
                case "locals":
                    foreach (var attribute in block.Body.Attributes)
                    {
                        Locals[attribute.Name] = (attribute, file);
                    }

                    break;
                case "resource" or "data" or "module" or "provider" or "terraform":
                    Blocks.Add((block, file));
                    break;
            }
        }
    }
}

using Bulwark.Scanners.Integrity.Changes;
using Bulwark.Sdk;

namespace Bulwark.Scanners.Integrity;

/// <summary>
/// File integrity monitoring as the catalog lists it: an audit module (it reads a system against its signed baseline,
/// not a tree of files) that <c>bulwark fim check</c> plans like a scan, with the same formats, gate and overrides.
/// </summary>
public sealed class IntegrityModule : IScannerModule
{
    /// <summary>The scanner id.</summary>
    public const string Id = "integrity";

    /// <summary>The root to watch.</summary>
    public static readonly SettingInfo Root = new("integrity.root", SettingType.Path,
        "The root of the tree the baseline describes: / for the host itself, or a mounted image or chroot; nothing outside it is read.")
    { FlagName = "--root", ValueName = "DIR", Default = "/" };

    /// <summary>The baseline file.</summary>
    public static readonly SettingInfo Database = new("integrity.db", SettingType.Path,
        "The signed baseline file (written by bulwark fim init, accepted by bulwark fim update).")
    { FlagName = "--db", ValueName = "FILE", Default = "/var/lib/bulwark/fim.db" };

    /// <summary>The key that signs or verifies the baseline.</summary>
    public static readonly SettingInfo Key = new("integrity.key", SettingType.Path,
        "The Ed25519 key in PEM form: the private key to sign with (init, update), the public key to check with (check, watch). By default the pair beside the baseline (FILE.key, FILE.pub).")
    { FlagName = "--key", ValueName = "FILE" };

    /// <inheritdoc />
    public ScannerInfo Info { get; } = new(Id, "1", "Compares a host or a root tree with its signed baseline and says what each change means.")
    {
        Settings = [Root, Database, Key],
    };

    /// <inheritdoc />
    public IReadOnlyList<RuleInfo> BuiltInRules { get; } = [.. ChangeKinds.All.Select(IntegrityFindings.RuleOf)];

    /// <inheritdoc />
    public Created<IScanner> Create(ScannerOptions options)
    {
        var target = FimTarget.Read(options.Settings);
        return target.Succeeded
            ? Created<IScanner>.Ok(new IntegrityScanner(Info, BuiltInRules, target.Value!))
            : Created<IScanner>.Failed(target.Problems);
    }

    /// <inheritdoc />
    public IReadOnlyList<ConfigProblem> VerifyRules(ScannerOptions options) => [];
}

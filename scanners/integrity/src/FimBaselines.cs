using Bulwark.Scanners.Integrity.Checking;
using Bulwark.Scanners.Integrity.Database;
using Bulwark.Scanners.Integrity.Policy;
using Bulwark.Scanners.Integrity.Recording;
using Bulwark.Scanners.Integrity.Walking;
using Bulwark.Sdk;

namespace Bulwark.Scanners.Integrity;

/// <summary>
/// Recording and accepting baselines (<c>bulwark fim init</c>, <c>bulwark fim update</c>) and checking that one can be
/// trusted before it is used. Problems with what the user gave are <see cref="FimResult.Problems"/>; a baseline that
/// fails its signature is a <see cref="FimResult.Failure"/>.
/// </summary>
public static class FimBaselines
{
    /// <summary>Records the first baseline of <paramref name="target"/>'s root under a policy file (null: the built-in one).</summary>
    public static FimResult Initialize(FimTarget target, string? policyFile, string actor, string reason, string tool, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        var policy = PolicyLoader.Load(policyFile);
        if (!policy.Succeeded)
        {
            return FimResult.Invalid(policy.Problems);
        }

        return Record(target, policy.Value!, policyFile ?? PolicyLoader.BuiltInName, previous: null, actor, reason, tool, cancellationToken);
    }

    /// <summary>
    /// Accepts the current state as the new baseline, after checking the old one's signature; the changes accepted are
    /// in the result. The old baseline's policy stays unless <paramref name="policyFile"/> names a new one.
    /// </summary>
    public static FimResult Update(FimTarget target, string? policyFile, string actor, string reason, string tool, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        var (opened, failure) = BaselineFile.OpenTrusted(target);
        if (opened is null)
        {
            return FimResult.Failed(failure!);
        }

        using (opened)
        {
            var policy = policyFile is null ? opened.Policy() : PolicyLoader.Load(policyFile);
            if (!policy.Succeeded)
            {
                return FimResult.Invalid(policy.Problems);
            }

            return Record(target, policy.Value!, policyFile ?? opened.Header.PolicyName, opened, actor, reason, tool, cancellationToken);
        }
    }

    /// <summary>Null when the baseline's signature holds against the trusted key; otherwise what is wrong.</summary>
    public static string? Verify(FimTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        var (opened, failure) = BaselineFile.OpenTrusted(target);
        opened?.Dispose();
        return failure;
    }

    private static FimResult Record(FimTarget target, FimPolicy policy, string policyName, BaselineFile? previous, string actor, string reason, string tool, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(target.Database))!);
        var key = BaselineKeys.ForSigning(target.KeyFile, target.Database, previous is null ? null : previous.SignerKey, out var created);
        if (!key.Succeeded)
        {
            return FimResult.Invalid(key.Problems);
        }

        using var signing = key.Value!;
        var header = new BaselineHeader(DateTimeOffset.UtcNow, Environment.MachineName, target.Root, policyName, policy.Text, actor, reason, tool);
        CheckOutcome outcome;
        long count;
        using (var writer = new BaselineWriter(target.Database, header))
        {
            try
            {
                var check = new IntegrityCheck(new TreeWalker(target.Root, policy), policy);
                outcome = previous is null ? check.Record(writer, cancellationToken) : check.Run(previous.Entries(), writer, cancellationToken);
            }
            catch (BaselineDamagedException e)
            {
                return FimResult.Failed(e.Message + "; the new baseline was not written");
            }

            count = writer.Count;
            writer.Complete(signing);
        }

        var publicKey = signing.PublicKey.Export(NSec.Cryptography.KeyBlobFormat.RawPublicKey);
        using var written = BaselineFile.Open(target.Database, publicKey).Baseline;
        return new FimResult
        {
            Summary = new FimSummary
            {
                Database = target.Database,
                Entries = count,
                Digest = written?.Digest ?? "",
                KeyFingerprint = BaselineKeys.Fingerprint(publicKey),
                KeyCreated = created,
                Errors = [.. outcome.Errors.Select(e => $"{e.Path}: {e.Message}")],
                Accepted = outcome.Changes.GroupBy(c => c.Kind).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal),
            },
        };
    }
}

namespace Bulwark.Scanners.Host.Firewall;

/// <summary>A base chain of nftables hooked on <c>input</c> with type <c>filter</c>, and its policy.</summary>
/// <param name="Family">The table family: <c>ip</c>, <c>ip6</c>, <c>inet</c>, …</param>
/// <param name="Table">The table name.</param>
/// <param name="Chain">The chain name.</param>
/// <param name="Policy">The policy in effect (<c>accept</c> when none is written, as nft does).</param>
/// <param name="Line">The 1-based line of the policy statement, or of the hook statement when no policy is written.</param>
internal sealed record NftInputChain(string Family, string Table, string Chain, string Policy, int Line)
{
    /// <summary>True for a chain whose unmatched inbound packets are dropped, in a family that carries IP traffic.</summary>
    internal bool Drops => Policy == "drop" && Family is "ip" or "ip6" or "inet";

    /// <summary><c>inet filter input</c>, for messages.</summary>
    internal string Name => $"{Family} {Table} {Chain}";
}

namespace Bulwark.Scanners.Host.Firewall;

/// <summary>An open <c>{</c> of nftables text: a table, a chain (with its state), or anything else (a set, an anonymous set in a rule).</summary>
/// <param name="Family">The table family, for tables and chains.</param>
/// <param name="Table">The table name, for tables and chains.</param>
/// <param name="Chain">What the chain's blocks said so far, for chains; null for every other block.</param>
internal sealed record NftBlock(string? Family, string? Table, NftChainState? Chain);

namespace Bulwark.Scanners.Host.Firewall;

/// <summary>One token of nftables text: a word, <c>{</c>, <c>}</c>, <c>;</c> or a line end (<c>\n</c>), with its line.</summary>
/// <param name="Text">The token.</param>
/// <param name="Line">The 1-based line it is on.</param>
internal sealed record NftToken(string Text, int Line);

namespace Bulwark.Scanners.Host.Firewall;

/// <summary>What the blocks of one nftables chain said so far; a chain may be declared in several blocks.</summary>
internal sealed class NftChainState
{
    /// <summary>The line of <c>type filter hook input …</c>; 0 while none was seen.</summary>
    public int HookLine { get; set; }

    /// <summary>The last policy written (<c>drop</c>, <c>accept</c>); null while none was seen.</summary>
    public string? Policy { get; set; }

    /// <summary>The line of that policy statement.</summary>
    public int PolicyLine { get; set; }
}

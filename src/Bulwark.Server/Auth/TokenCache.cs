using Bulwark.Server.Hosting;
using Bulwark.Server.Store.Model;

namespace Bulwark.Server.Auth;

/// <summary>Valid tokens by hash for five seconds: a revocation reaches every server process within that.</summary>
internal sealed class TokenCache(TimeProvider clock)
{
    public ShortCache<string, ApiToken?> Tokens { get; } = new(clock, TimeSpan.FromSeconds(5), capacity: 10_000);
}

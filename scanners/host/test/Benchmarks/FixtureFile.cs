namespace Bulwark.Scanners.Host.Tests.Benchmarks;

/// <summary>
/// One file of a benchmark fixture tree: where it sits on the audited system, its text, and its permission bits
/// (0644 unless said otherwise). Git keeps neither modes nor owners, so the tests write these into a temp tree.
/// </summary>
/// <param name="Path">The absolute path as the audited system sees it (<c>/etc/fstab</c>).</param>
/// <param name="Content">The file's text; parts that give the same path are concatenated in part order.</param>
/// <param name="Mode">The permission bits, as a number (<c>0b110_000_000</c> is 0600).</param>
internal sealed record FixtureFile(string Path, string Content, int Mode = 0b110_100_100);

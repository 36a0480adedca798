using Bulwark.Scanners.Host.Benchmarks;
using Bulwark.Scanners.Host.Model;

namespace Bulwark.Scanners.Host.Auditing;

/// <summary>One check and how it ended.</summary>
/// <param name="Definition">The check.</param>
/// <param name="Outcome">Its result.</param>
public sealed record CheckResult(CheckDefinition Definition, CheckOutcome Outcome);

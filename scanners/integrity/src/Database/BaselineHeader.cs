namespace Bulwark.Scanners.Integrity.Database;

/// <summary>What a baseline says about itself; signed with its entries.</summary>
/// <param name="CreatedAt">When it was recorded.</param>
/// <param name="Host">The machine that recorded it.</param>
/// <param name="Root">The root that was walked.</param>
/// <param name="PolicyName">The policy file's name, or the built-in policy's.</param>
/// <param name="Policy">The policy text, so a check compares what this baseline recorded, whatever the files on disk say now.</param>
/// <param name="AcceptedBy">Who recorded or accepted it.</param>
/// <param name="Reason">Why it was recorded or accepted.</param>
/// <param name="Tool">The Bulwark version that wrote it.</param>
internal sealed record BaselineHeader(DateTimeOffset CreatedAt, string Host, string Root, string PolicyName, string Policy, string AcceptedBy, string Reason, string Tool);

namespace Bulwark.Scanners.Integrity.Database;

/// <summary>A verified baseline turned out different while it was read: the check it feeds cannot be trusted.</summary>
internal sealed class BaselineDamagedException(string message) : Exception(message);

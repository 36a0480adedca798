namespace Bulwark.Scanners.Detection.Parsing.Auditd;

/// <summary>One <c>key=value</c> of an audit record, with whether the value was in quotes (unquoted strings are hex).</summary>
internal readonly record struct AuditField(string Key, string Value, bool Quoted);

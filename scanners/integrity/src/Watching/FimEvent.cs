using Bulwark.Sdk;

namespace Bulwark.Scanners.Integrity.Watching;

/// <summary>A change the watch saw, as it saw it.</summary>
/// <param name="Time">When it was noticed.</param>
/// <param name="Trigger">What made the watch look: <c>inotify</c>, <c>overflow</c> (events were lost, so everything was re-checked), <c>schedule</c> or <c>start</c>.</param>
/// <param name="Finding">The change as a finding (rule, severity, message, and the change with its details).</param>
public sealed record FimEvent(DateTimeOffset Time, string Trigger, Finding Finding);

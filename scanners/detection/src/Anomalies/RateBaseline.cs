namespace Bulwark.Scanners.Detection.Anomalies;

/// <summary>
/// One rate rule's state: the current window's count per group, and each group's usual count per window as an
/// exponentially weighted mean of its past windows (a window a group was silent in counts as zero for it). Groups are
/// capped; the least recently active go first.
/// </summary>
internal sealed class RateBaseline(RateAnomaly rule)
{
    private const double Weight = 0.2;
    private const int GroupCap = 100_000;
    private readonly Dictionary<string, (long Count, double Usual, long Windows, long LastWindow)> _groups = new(StringComparer.Ordinal);
    private long _window = long.MinValue;
    private long _firstWindow = long.MinValue;
    private double _overall;
    private long _overallWindows;

    /// <summary>Counts one event of <paramref name="group"/> at <paramref name="time"/>; the alert when this event pushed the window over.</summary>
    public (long Count, double Usual)? Add(string group, DateTimeOffset time)
    {
        var window = time.UtcTicks / rule.Window.Ticks;
        if (_firstWindow == long.MinValue)
        {
            _firstWindow = window;
        }

        if (window != _window)
        {
            Roll(window);
        }

        var state = _groups.TryGetValue(group, out var known) ? known : (Count: 0L, Usual: _overall, Windows: 0L, LastWindow: window);
        if (state.LastWindow != window)
        {
            state = Fold(state, window);
        }

        state.Count++;
        _groups[group] = state;
        var learning = (window - _firstWindow) * rule.Window.Ticks < rule.Learn.Ticks;
        var usual = state.Windows > 0 ? state.Usual : _overall;
        var threshold = Math.Max(rule.MinCount, rule.Factor * usual);
        return !learning && state.Count > threshold && state.Count - 1 <= threshold ? (state.Count, usual) : null;
    }

    /// <summary>What the baseline has learned, to be kept across restarts.</summary>
    public RateBaselineState Save() => new(
        rule.Window.Ticks, _window, _firstWindow, _overall, _overallWindows,
        [.. _groups.Select(g => new RateGroupState(g.Key, g.Value.Count, g.Value.Usual, g.Value.Windows, g.Value.LastWindow))]);

    /// <summary>
    /// Continues from a saved state; false (and nothing changed) when it was learned with another window length, where
    /// its counts mean something else.
    /// </summary>
    public bool Restore(RateBaselineState state)
    {
        if (state.WindowTicks != rule.Window.Ticks)
        {
            return false;
        }

        (_window, _firstWindow, _overall, _overallWindows) = (state.Window, state.FirstWindow, state.Overall, state.OverallWindows);
        _groups.Clear();
        foreach (var group in state.Groups.Take(GroupCap))
        {
            _groups[group.Name] = (group.Count, group.Usual, group.Windows, group.LastWindow);
        }

        return true;
    }

    // A new window: the overall usual rate learns from the window that ended.
    private void Roll(long window)
    {
        if (_window != long.MinValue)
        {
            var total = _groups.Values.Where(g => g.LastWindow == _window).Sum(g => g.Count);
            var active = Math.Max(1, _groups.Values.Count(g => g.LastWindow == _window));
            _overall = _overallWindows == 0 ? (double)total / active : ((1 - Weight) * _overall) + (Weight * total / active);
            _overallWindows++;
        }

        _window = window;
        if (_groups.Count > GroupCap)
        {
            foreach (var stale in _groups.OrderBy(g => g.Value.LastWindow).Take(_groups.Count - GroupCap).Select(g => g.Key).ToList())
            {
                _groups.Remove(stale);
            }
        }
    }

    // The group's finished window (and the silent windows since) folded into its usual count.
    private static (long Count, double Usual, long Windows, long LastWindow) Fold((long Count, double Usual, long Windows, long LastWindow) state, long window)
    {
        var usual = state.Windows == 0 ? state.Count : ((1 - Weight) * state.Usual) + (Weight * state.Count);
        var silent = Math.Min(window - state.LastWindow - 1, 64);
        for (var i = 0; i < silent; i++)
        {
            usual *= 1 - Weight;
        }

        return (0, usual, state.Windows + 1, window);
    }
}

/// <summary>A rate rule's learned state, as saved (<see cref="RateBaseline.Save"/>).</summary>
internal sealed record RateBaselineState(long WindowTicks, long Window, long FirstWindow, double Overall, long OverallWindows, IReadOnlyList<RateGroupState> Groups);

/// <summary>One group's current count and usual count per window.</summary>
internal sealed record RateGroupState(string Name, long Count, double Usual, long Windows, long LastWindow);

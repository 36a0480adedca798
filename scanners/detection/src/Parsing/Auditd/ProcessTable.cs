namespace Bulwark.Scanners.Detection.Parsing.Auditd;

/// <summary>
/// What each process last executed (pid to image and command line), learnt from the EXECVE events of the same log, so
/// that a later event can name its parent's image (Sigma's <c>ParentImage</c>, <c>ParentCommandLine</c>). Bounded: two
/// generations of at most <see cref="Generation"/> processes; the older generation is dropped when the newer fills.
/// </summary>
internal sealed class ProcessTable
{
    private const int Generation = 32_768;
    private Dictionary<string, (string Image, string? CommandLine)> _current = new(StringComparer.Ordinal);
    private Dictionary<string, (string Image, string? CommandLine)> _previous = new(StringComparer.Ordinal);

    public void Record(string pid, string image, string? commandLine)
    {
        if (_current.Count >= Generation)
        {
            (_previous, _current) = (_current, new Dictionary<string, (string, string?)>(StringComparer.Ordinal));
        }

        _current[pid] = (image, commandLine);
    }

    public (string Image, string? CommandLine)? Find(string pid) =>
        _current.TryGetValue(pid, out var found) || _previous.TryGetValue(pid, out found) ? found : null;
}

using Microsoft.Extensions.Hosting;

namespace Bulwark.Server.Hosting;

/// <summary>
/// The host's lifetime left to whoever started it (the CLI, a test): ASP.NET's console lifetime would take SIGTERM and
/// Ctrl+C for itself and wait for a shutdown that only its own <c>Run</c> performs, so a server started with
/// <c>ServerHost.StartAsync</c> would never stop on a signal.
/// </summary>
internal sealed class CallerLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

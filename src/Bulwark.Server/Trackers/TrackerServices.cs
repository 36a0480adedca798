using Microsoft.Extensions.DependencyInjection;

namespace Bulwark.Server.Trackers;

/// <summary>The trackers' services, when a trackers file is given: their clients and the background worker.</summary>
internal static class TrackerServices
{
    public static void Add(IServiceCollection services, TrackerConfig? config)
    {
        if (config is null)
        {
            return;
        }

        services.AddSingleton(config);
        services.AddSingleton<TrackerClients>();
        services.AddSingleton<TrackerWorker>();
        services.AddHostedService(s => s.GetRequiredService<TrackerWorker>());
    }
}

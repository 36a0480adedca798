using Bulwark.Server.Store.Model;

namespace Bulwark.Server.Changes;

/// <summary>The states' names in the API, the web UI and the ledger (<c>pending</c>, <c>applied</c>).</summary>
internal static class ChangeStates
{
    public static string Name(ChangeState state) => state.ToString().ToLowerInvariant();

    public static ChangeState? Parse(string? name) =>
        Enum.GetValues<ChangeState>().Cast<ChangeState?>().FirstOrDefault(s => Name(s!.Value) == name);
}

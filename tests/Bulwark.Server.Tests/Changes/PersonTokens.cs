using System.Net.Http.Json;
using Bulwark.Server.Auth;
using Bulwark.Server.Store;

namespace Bulwark.Server.Tests.Changes;

/// <summary>
/// Tokens that belong to a directory person with roles, stored as the server stores a token a person made for
/// themselves: the second pair of eyes the four-eye rule asks for, in tests of any server.
/// </summary>
internal static class PersonTokens
{
    /// <summary>A new token named <paramref name="tokenName"/> of the person <paramref name="name"/> with <paramref name="roles"/>.</summary>
    public static async Task<string> AddAsync(StoreContext store, string name, string tokenName, DateTimeOffset now, params string[] roles)
    {
        var token = ApiTokens.New();
        store.ApiTokens.Add(new Store.Model.ApiToken
        {
            Name = tokenName, Hash = ApiTokens.Hash(token), Scope = TokenScopes.Admin, CreatedAt = now,
            OwnerPerson = Persons.OfDirectory($"uid={name},cn=users,cn=accounts,dc=example,dc=test"), OwnerName = name, Roles = DirectoryRoles.Join(roles),
        });
        await store.SaveChangesAsync();
        return token;
    }

    /// <summary>An approver's API client for <paramref name="server"/>.</summary>
    public static async Task<HttpClient> ApproverAsync(RunningServer server, string name = "approver")
    {
        await using var store = server.OpenStore();
        var client = new HttpClient { BaseAddress = server.Client.BaseAddress };
        client.DefaultRequestHeaders.Authorization = new("Bearer", await AddAsync(store, name, name, DateTimeOffset.UtcNow, "approver"));
        return client;
    }

    /// <summary>Change request <paramref name="id"/> approved by a second person with the approver role.</summary>
    public static async Task ApproveAsync(RunningServer server, long id)
    {
        using var approver = await ApproverAsync(server, "second-pair-of-eyes");
        using var approved = await approver.PostAsJsonAsync($"/api/v1/changes/{id}/approve", new { reason = "looked at it" });
        Assert.True(approved.IsSuccessStatusCode, $"approval answered {(int)approved.StatusCode}: {await approved.Content.ReadAsStringAsync()}");
    }
}

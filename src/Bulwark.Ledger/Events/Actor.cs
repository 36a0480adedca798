namespace Bulwark.Ledger.Events;

/// <summary>Who did something: a person or a service, and how they proved it.</summary>
/// <param name="Id">The identity: a user name, a service account, a token's owner.</param>
/// <param name="Kind"><c>user</c> or <c>service</c>.</param>
/// <param name="AuthenticatedBy">How the identity was established: <c>ldap</c>, <c>oidc</c>, <c>api-token</c>, <c>local-os-user</c>.</param>
public sealed record Actor(string Id, string Kind, string AuthenticatedBy);

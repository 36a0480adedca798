using Bulwark.Server.Audit;
using Bulwark.Server.Findings;
using Bulwark.Server.Store;

namespace Bulwark.Server.Changes;

/// <summary>The services a change kind works with, from the request's scope (one store, so one transaction).</summary>
internal sealed record ChangeWork(StoreContext Store, FindingStateChanges Findings, ServerLedger Ledger, TimeProvider Clock);

using Bulwark.Ledger.Merkle;

namespace Bulwark.Ledger.Notes;

/// <summary>What a witness remembers of the one log it follows: the largest consistent checkpoint it has cosigned.</summary>
/// <param name="Origin">The log's origin line.</param>
/// <param name="Size">The size of that checkpoint.</param>
/// <param name="Root">Its root hash.</param>
/// <param name="Updated">When the witness last cosigned, so a refusal can say when the conflicting view was seen.</param>
public sealed record WitnessState(string Origin, long Size, Hash Root, DateTimeOffset Updated);

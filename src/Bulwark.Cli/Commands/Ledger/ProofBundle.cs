using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Bulwark.Ledger.Events;
using Bulwark.Ledger.Merkle;
using Bulwark.Ledger.Notes;

namespace Bulwark.Cli.Commands.Ledger;

/// <summary>
/// An inclusion proof anyone can check offline: the entry, its audit path, and the signed checkpoint it leads
/// to. <c>ledger prove</c> writes it; <c>ledger verify --proof</c> checks it with nothing but the log's public key.
/// </summary>
public static class ProofBundle
{
    /// <summary>The bundle's JSON text.</summary>
    public static string Write(string origin, long index, long size, byte[] entry, IReadOnlyList<Hash> proof, string checkpoint)
    {
        var bundle = new JsonObject
        {
            ["origin"] = origin,
            ["index"] = index,
            ["size"] = size,
            ["leafHash"] = Hash.Leaf(entry).ToHex(),
            ["entry"] = JsonNode.Parse(entry),
            ["inclusionProof"] = new JsonArray([.. proof.Select(h => (JsonNode)h.ToBase64())]),
            ["checkpoint"] = checkpoint,
        };
        return bundle.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n";
    }

    /// <summary>Checks a bundle; returns null when the entry is proven to be in the signed log, else why not.</summary>
    public static string? Check(string json, NoteVerifier log)
    {
        try
        {
            var root = JsonDocument.Parse(json).RootElement;
            var opened = CheckpointNote.Open(root.GetProperty("checkpoint").GetString()!, log);
            if (!opened.Succeeded)
            {
                return "the checkpoint does not verify: " + opened.Reason;
            }

            var checkpoint = opened.Value!.Checkpoint;
            var index = root.GetProperty("index").GetInt64();
            var size = root.GetProperty("size").GetInt64();
            if (size != checkpoint.Size)
            {
                return $"the proof is for {size} entries but the checkpoint vouches for {checkpoint.Size}";
            }

            var entry = CanonicalJson.Encode(root.GetProperty("entry"));
            var proof = root.GetProperty("inclusionProof").EnumerateArray().Select(h => new Hash(Convert.FromBase64String(h.GetString()!))).ToList();
            var problem = ProofVerifier.Inclusion(index, size, Hash.Leaf(entry), proof, checkpoint.Root);
            return problem is null ? null : $"entry {index}: {problem}";
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException or ArgumentException)
        {
            return "not a proof bundle: " + e.Message;
        }
    }

    /// <summary>A one-line description of a checked bundle.</summary>
    public static string Describe(string json)
    {
        var root = JsonDocument.Parse(json).RootElement;
        var e = EventParser.Parse(Encoding.UTF8.GetBytes(root.GetProperty("entry").GetRawText())).Event;
        return $"entry {root.GetProperty("index").GetInt64()} of {root.GetProperty("size").GetInt64()}: {e?.Actor.Id} {e?.Action} {e?.Subject}";
    }
}

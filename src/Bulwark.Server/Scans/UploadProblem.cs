namespace Bulwark.Server.Scans;

/// <summary>Why an upload was refused, for a problem response: what is wrong and where in the document.</summary>
internal sealed class UploadProblem(string detail) : Exception(detail);

using Bulwark.Scanners.Iac.Model;

namespace Bulwark.Scanners.Iac.Scanning;

/// <summary>A platform that reads single files: how to recognise one, and how to load it.</summary>
/// <param name="Platform">The platform.</param>
/// <param name="Recognises">Cheap: from the path and a peek at the text.</param>
/// <param name="Load">Reads the file into resources.</param>
public sealed record FileLoader(string Platform, Func<string, string, bool> Recognises, Func<string, string, IacDocument> Load);

namespace Bulwark.Scanners.Detection.Sigma.Matching;

/// <summary>Where a literal must sit in the value.</summary>
internal enum StringTestKind
{
    Exact,
    Prefix,
    Suffix,
    Contains,
}

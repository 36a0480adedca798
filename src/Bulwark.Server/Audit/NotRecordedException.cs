namespace Bulwark.Server.Audit;

/// <summary>The ledger refused a record inside a database transaction, which is then rolled back.</summary>
internal sealed class NotRecordedException(string why) : Exception(why);

using Bulwark.Server.Store.Model;
using Microsoft.EntityFrameworkCore;

namespace Bulwark.Server.Store;

/// <summary>The control plane's tables. The same model on SQLite and PostgreSQL; <see cref="StoreOptions"/> picks one.</summary>
internal sealed class StoreContext(DbContextOptions<StoreContext> options) : DbContext(options)
{
    public DbSet<Product> Products => Set<Product>();

    public DbSet<Scan> Scans => Set<Scan>();

    public DbSet<Finding> Findings => Set<Finding>();

    public DbSet<FindingChange> FindingChanges => Set<FindingChange>();

    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();

    public DbSet<UiSession> UiSessions => Set<UiSession>();

    public DbSet<SchemaVersion> SchemaVersions => Set<SchemaVersion>();

    public DbSet<Setting> Settings => Set<Setting>();

    public DbSet<TrackerLink> TrackerLinks => Set<TrackerLink>();

    public DbSet<TrackerDelivery> TrackerDeliveries => Set<TrackerDelivery>();

    public DbSet<ChangeRequest> ChangeRequests => Set<ChangeRequest>();

    public DbSet<ChangeApproval> ChangeApprovals => Set<ChangeApproval>();

    protected override void OnModelCreating(ModelBuilder model)
    {
        model.Entity<Product>(e =>
        {
            e.ToTable("products");
            e.HasIndex(p => p.Name).IsUnique();
        });
        model.Entity<Scan>(e =>
        {
            e.ToTable("scans");
            e.HasIndex(s => new { s.ProductId, s.ReceivedAt });
            e.HasOne<Product>().WithMany().HasForeignKey(s => s.ProductId);
        });
        model.Entity<Finding>(e =>
        {
            e.ToTable("findings");
            // Deduplication: one row per fingerprint and product, whichever server process inserts it first.
            e.HasIndex(f => new { f.ProductId, f.Fingerprint }).IsUnique();
            e.HasIndex(f => new { f.ProductId, f.Scanner, f.State });
            e.HasIndex(f => new { f.State, f.Severity });
            // The findings list's usual page: one product, at or above a severity, most severe first.
            e.HasIndex(f => new { f.ProductId, f.Severity, f.Id });
            e.HasOne<Product>().WithMany().HasForeignKey(f => f.ProductId);
            e.Property(f => f.State).HasConversion<int>();
        });
        model.Entity<FindingChange>(e =>
        {
            e.ToTable("finding_changes");
            e.HasIndex(c => new { c.FindingId, c.At });
            e.HasOne<Finding>().WithMany().HasForeignKey(c => c.FindingId);
        });
        model.Entity<ApiToken>(e =>
        {
            e.ToTable("api_tokens");
            e.HasIndex(t => t.Hash).IsUnique();
        });
        model.Entity<UiSession>(e =>
        {
            e.ToTable("ui_sessions");
            e.HasIndex(s => s.Hash).IsUnique();
            e.HasIndex(s => s.ExpiresAt);
            e.HasOne<ApiToken>().WithMany().HasForeignKey(s => s.TokenId).IsRequired(false).OnDelete(DeleteBehavior.Cascade);
        });
        model.Entity<Setting>(e =>
        {
            e.ToTable("settings");
            e.HasKey(s => s.Key);
        });
        model.Entity<TrackerLink>(e =>
        {
            e.ToTable("tracker_links");
            e.HasIndex(l => new { l.Tracker, l.FindingId }).IsUnique();
            e.HasIndex(l => l.FindingId);
            e.HasOne<Finding>().WithMany().HasForeignKey(l => l.FindingId);
        });
        model.Entity<TrackerDelivery>(e =>
        {
            e.ToTable("tracker_deliveries");
            e.HasIndex(d => new { d.Tracker, d.FindingId, d.ChangeId }).IsUnique();
            // The queue's question: what is due now.
            e.HasIndex(d => new { d.State, d.NextAttemptAt });
            e.HasOne<Finding>().WithMany().HasForeignKey(d => d.FindingId);
        });
        model.Entity<ChangeRequest>(e =>
        {
            e.ToTable("change_requests");
            e.HasIndex(r => new { r.State, r.Kind });
            e.HasIndex(r => r.RequesterPerson);
            e.Property(r => r.State).HasConversion<int>();
            e.Property(r => r.Revision).IsConcurrencyToken();
        });
        model.Entity<ChangeApproval>(e =>
        {
            e.ToTable("change_approvals");
            // A person decides a request once: a replayed approval cannot count twice, whichever process gets it.
            e.HasIndex(a => new { a.RequestId, a.ApproverPerson }).IsUnique();
            e.HasOne<ChangeRequest>().WithMany().HasForeignKey(a => a.RequestId);
            e.Property(a => a.Decision).HasConversion<int>();
        });
        model.Entity<SchemaVersion>(e =>
        {
            e.ToTable("schema_version");
            e.HasKey(v => v.Version);
            e.Property(v => v.Version).ValueGeneratedNever();
        });

        // SQLite cannot order or compare DateTimeOffset columns; stored as UTC ticks there, the order is the time's.
        if (Database.IsSqlite())
        {
            foreach (var property in model.Model.GetEntityTypes().SelectMany(t => t.GetProperties())
                .Where(p => p.ClrType == typeof(DateTimeOffset) || p.ClrType == typeof(DateTimeOffset?)))
            {
                property.SetValueConverter(new Microsoft.EntityFrameworkCore.Storage.ValueConversion.DateTimeOffsetToBinaryConverter());
            }
        }
    }
}

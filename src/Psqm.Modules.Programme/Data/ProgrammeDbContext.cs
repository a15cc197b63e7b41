using Microsoft.EntityFrameworkCore;
using Psqm.Core.Data;

namespace Psqm.Modules.Programme.Data;

public sealed class ProgrammeDbContext(DbContextOptions<ProgrammeDbContext> options) : DbContext(options)
{
    public DbSet<Round> Rounds => Set<Round>();

    public DbSet<School> Schools => Set<School>();

    public DbSet<SchoolContact> Contacts => Set<SchoolContact>();

    public DbSet<Enrolment> Enrolments => Set<Enrolment>();

    public DbSet<AuditRating> Ratings => Set<AuditRating>();

    public DbSet<ProgrammeSettings> Settings => Set<ProgrammeSettings>();

    public DbSet<ActionPlanVersion> Plans => Set<ActionPlanVersion>();

    public DbSet<ActionComment> ActionComments => Set<ActionComment>();

    public DbSet<EvidenceItem> Evidence => Set<EvidenceItem>();

    public DbSet<Reflection> Reflections => Set<Reflection>();

    public DbSet<Message> Messages => Set<Message>();

    public DbSet<MessageRead> MessageReads => Set<MessageRead>();

    public DbSet<MentoringSession> Mentoring => Set<MentoringSession>();

    public DbSet<Review> Reviews => Set<Review>();

    public DbSet<ReviewFinding> Findings => Set<ReviewFinding>();

    public DbSet<ReviewConflict> Conflicts => Set<ReviewConflict>();

    public DbSet<HubLeaderApplication> Applications => Set<HubLeaderApplication>();

    /// <summary>The tenant's settings, or the defaults until a recipe or HQ sets them.</summary>
    public async Task<ProgrammeSettings> SettingsAsync(CancellationToken cancellationToken) =>
        await Settings.AsNoTracking().OrderBy(s => s.Id).FirstOrDefaultAsync(cancellationToken) ?? new ProgrammeSettings();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        var plan = modelBuilder.Entity<ActionPlanVersion>();
        plan.ToTable("ActionPlanVersions");
        plan.Property(p => p.Actions).HasJsonConversion();
        plan.Property(p => p.SavedBy).HasMaxLength(256);
        plan.HasIndex(p => new { p.EnrolmentId, p.Number }).IsUnique();
        plan.HasOne<Enrolment>().WithMany().HasForeignKey(p => p.EnrolmentId).OnDelete(DeleteBehavior.Cascade);

        var comment = modelBuilder.Entity<ActionComment>();
        comment.ToTable("ActionComments");
        comment.Property(c => c.Text).HasMaxLength(2000);
        comment.Property(c => c.Author).HasMaxLength(256);
        comment.HasIndex(c => c.EnrolmentId);
        comment.HasOne<Enrolment>().WithMany().HasForeignKey(c => c.EnrolmentId).OnDelete(DeleteBehavior.Cascade);

        var evidence = modelBuilder.Entity<EvidenceItem>();
        evidence.ToTable("Evidence");
        evidence.Property(e => e.Caption).HasMaxLength(300);
        evidence.Property(e => e.Link).HasMaxLength(2000);
        evidence.Property(e => e.FileName).HasMaxLength(64);
        evidence.Property(e => e.OriginalName).HasMaxLength(255);
        evidence.Property(e => e.MediaType).HasMaxLength(128);
        evidence.Property(e => e.AddedBy).HasMaxLength(256);
        evidence.Property(e => e.CriterionIds).HasJsonConversion();
        evidence.HasIndex(e => e.EnrolmentId);
        evidence.HasOne<Enrolment>().WithMany().HasForeignKey(e => e.EnrolmentId).OnDelete(DeleteBehavior.Cascade);

        var reflection = modelBuilder.Entity<Reflection>();
        reflection.ToTable("Reflections");
        reflection.Property(r => r.Text).HasMaxLength(20000);
        reflection.Property(r => r.UpdatedBy).HasMaxLength(256);
        reflection.Property(r => r.EvidenceIds).HasJsonConversion();
        reflection.Property(r => r.Version).IsConcurrencyToken();
        reflection.HasIndex(r => new { r.EnrolmentId, r.CriterionId }).IsUnique();
        reflection.HasOne<Enrolment>().WithMany().HasForeignKey(r => r.EnrolmentId).OnDelete(DeleteBehavior.Cascade);

        var message = modelBuilder.Entity<Message>();
        message.ToTable("Messages");
        message.Property(m => m.Author).HasMaxLength(256);
        message.Property(m => m.AuthorName).HasMaxLength(200);
        message.Property(m => m.Body).HasMaxLength(5000);
        message.Property(m => m.FileName).HasMaxLength(64);
        message.Property(m => m.OriginalName).HasMaxLength(255);
        message.Property(m => m.MediaType).HasMaxLength(128);
        message.Property(m => m.HiddenBy).HasMaxLength(200);
        message.HasIndex(m => m.EnrolmentId);
        message.HasOne<Enrolment>().WithMany().HasForeignKey(m => m.EnrolmentId).OnDelete(DeleteBehavior.Cascade);

        var read = modelBuilder.Entity<MessageRead>();
        read.ToTable("MessageReads");
        read.Property(r => r.Reader).HasMaxLength(256);
        read.HasIndex(r => new { r.EnrolmentId, r.Reader }).IsUnique();
        read.HasOne<Enrolment>().WithMany().HasForeignKey(r => r.EnrolmentId).OnDelete(DeleteBehavior.Cascade);

        var mentoring = modelBuilder.Entity<MentoringSession>();
        mentoring.ToTable("MentoringSessions");
        mentoring.Property(m => m.Mode).HasConversion<string>().HasMaxLength(16);
        mentoring.Property(m => m.Notes).HasMaxLength(2000);
        mentoring.Property(m => m.LoggedBy).HasMaxLength(256);
        mentoring.HasIndex(m => m.EnrolmentId);
        mentoring.HasOne<Enrolment>().WithMany().HasForeignKey(m => m.EnrolmentId).OnDelete(DeleteBehavior.Cascade);

        var application = modelBuilder.Entity<HubLeaderApplication>();
        application.ToTable("HubLeaderApplications");
        application.Property(a => a.Reference).HasMaxLength(16);
        application.Property(a => a.Name).HasMaxLength(200);
        application.Property(a => a.Email).HasMaxLength(254);
        application.Property(a => a.NormalizedEmail).HasMaxLength(254);
        application.Property(a => a.Organisation).HasMaxLength(200);
        application.Property(a => a.PreferredHub).HasMaxLength(64);
        application.Property(a => a.Culture).HasMaxLength(8);
        application.Property(a => a.Answers).HasJsonConversion();
        application.HasIndex(a => a.Reference).IsUnique();
        application.HasIndex(a => a.NormalizedEmail);

        var review = modelBuilder.Entity<Review>();
        review.ToTable("Reviews");
        review.Property(r => r.Reviewer).HasMaxLength(256);
        review.Property(r => r.ReviewerName).HasMaxLength(200);
        review.Property(r => r.ReviewerHub).HasMaxLength(64);
        review.Property(r => r.AssignedBy).HasMaxLength(256);
        review.Property(r => r.RecommendedLevel).HasMaxLength(32);
        review.Property(r => r.Summary).HasMaxLength(5000);
        review.Property(r => r.Version).IsConcurrencyToken();
        review.HasIndex(r => r.EnrolmentId);
        review.HasIndex(r => r.Reviewer);
        review.HasOne<Enrolment>().WithMany().HasForeignKey(r => r.EnrolmentId).OnDelete(DeleteBehavior.Cascade);
        review.HasMany(r => r.Findings).WithOne().HasForeignKey(f => f.ReviewId).OnDelete(DeleteBehavior.Cascade);

        var finding = modelBuilder.Entity<ReviewFinding>();
        finding.ToTable("ReviewFindings");
        finding.Property(f => f.Comment).HasMaxLength(2000);
        finding.HasIndex(f => new { f.ReviewId, f.CriterionId }).IsUnique();

        var conflict = modelBuilder.Entity<ReviewConflict>();
        conflict.ToTable("ReviewConflicts");
        conflict.Property(c => c.Reviewer).HasMaxLength(256);
        conflict.Property(c => c.Reason).HasMaxLength(1000);
        conflict.HasIndex(c => new { c.SchoolId, c.Reviewer }).IsUnique();
        conflict.HasOne<School>().WithMany().HasForeignKey(c => c.SchoolId).OnDelete(DeleteBehavior.Cascade);

        var settings = modelBuilder.Entity<ProgrammeSettings>();
        settings.ToTable("ProgrammeSettings");
        settings.Property(x => x.Id).ValueGeneratedNever();
        settings.Property(x => x.PerSchoolPayment).HasPrecision(10, 2);
        settings.Property(x => x.PerReviewPayment).HasPrecision(10, 2);
        settings.Property(x => x.PerOnlineReaccreditationPayment).HasPrecision(10, 2);
        settings.Property(x => x.Version).IsConcurrencyToken();

        var round = modelBuilder.Entity<Round>();
        round.ToTable("Rounds");
        round.Property(r => r.Season).HasMaxLength(16);
        round.Property(r => r.FrameworkKey).HasMaxLength(32);
        round.Property(r => r.Milestones).HasJsonConversion();
        round.Property(r => r.Version).IsConcurrencyToken();
        round.HasIndex(r => new { r.FrameworkKey, r.Number }).IsUnique();

        var school = modelBuilder.Entity<School>();
        school.ToTable("Schools");
        school.Property(s => s.Name).HasMaxLength(200);
        school.Property(s => s.Identifier).HasMaxLength(32);
        school.Property(s => s.Address).HasMaxLength(500);
        school.Property(s => s.Town).HasMaxLength(100);
        school.Property(s => s.Postcode).HasMaxLength(16);
        school.Property(s => s.Phase).HasMaxLength(32);
        school.Property(s => s.Hub).HasMaxLength(64);
        school.Property(s => s.FreeSchoolMealsPercent).HasPrecision(5, 2);
        school.Property(s => s.Version).IsConcurrencyToken();
        school.HasIndex(s => s.Identifier);
        school.HasIndex(s => s.Hub);
        school.HasMany(s => s.Contacts).WithOne().HasForeignKey(c => c.SchoolId).OnDelete(DeleteBehavior.Cascade);

        var contact = modelBuilder.Entity<SchoolContact>();
        contact.ToTable("SchoolContacts");
        contact.Property(c => c.Name).HasMaxLength(200);
        contact.Property(c => c.Email).HasMaxLength(256);
        contact.Property(c => c.NormalizedEmail).HasMaxLength(256);
        contact.Property(c => c.Role).HasMaxLength(32);
        contact.HasIndex(c => c.NormalizedEmail);

        var enrolment = modelBuilder.Entity<Enrolment>();
        enrolment.ToTable("Enrolments");
        enrolment.Property(e => e.Hub).HasMaxLength(64);
        enrolment.Property(e => e.Kind).HasConversion<string>().HasMaxLength(32);
        enrolment.Property(e => e.Invoice).HasConversion<string>().HasMaxLength(16);
        enrolment.Property(e => e.Fee).HasPrecision(10, 2);
        enrolment.Property(e => e.ProposedLevel).HasMaxLength(32);
        enrolment.Property(e => e.ConfirmedLevel).HasMaxLength(32);
        enrolment.Property(e => e.LevelReason).HasMaxLength(2000);
        enrolment.Property(e => e.LevelConfirmedBy).HasMaxLength(256);
        enrolment.Property(e => e.Assessor).HasMaxLength(256);
        enrolment.HasIndex(e => e.Assessor);
        enrolment.Property(e => e.Version).IsConcurrencyToken();
        enrolment.HasOne(e => e.School).WithMany().HasForeignKey(e => e.SchoolId).OnDelete(DeleteBehavior.Restrict);
        enrolment.HasOne(e => e.Round).WithMany().HasForeignKey(e => e.RoundId).OnDelete(DeleteBehavior.Restrict);
        enrolment.HasIndex(e => new { e.SchoolId, e.RoundId }).IsUnique();
        enrolment.HasIndex(e => new { e.RoundId, e.Hub });

        var rating = modelBuilder.Entity<AuditRating>();
        rating.ToTable("AuditRatings");
        rating.Property(r => r.Rating).HasConversion<int>();
        rating.Property(r => r.Note).HasMaxLength(2000);
        rating.Property(r => r.UpdatedBy).HasMaxLength(256);
        rating.HasIndex(r => new { r.EnrolmentId, r.CriterionId }).IsUnique();
        rating.HasOne<Enrolment>().WithMany().HasForeignKey(r => r.EnrolmentId).OnDelete(DeleteBehavior.Cascade);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Psqm.Core.Recipes;
using Psqm.Modules.Criteria;
using Psqm.Modules.Programme.Data;
using Psqm.Modules.Programme.Services;
using Psqm.Programme;

namespace Psqm.Modules.Programme.Recipes;

/// <summary>
/// The <c>programme</c> step: rounds generated from their season's pattern and, in Development only, demo schools
/// with their contacts enrolled in a round at a stage of their year (an audit part done, a level proposed or
/// confirmed), so every page of the programme has something real to show. Schools are matched by identifier, rounds
/// by number: running it again changes nothing that exists.
/// </summary>
public sealed class ProgrammeStep(TimeProvider clock, IHostEnvironment environment) : IRecipeStepHandler
{
    public string StepName => "programme";

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var model = context.Read<Model>();
        var db = context.Services.GetRequiredService<ProgrammeDbContext>();
        if (model.Settings is { } settings)
        {
            var existing = await db.Settings.OrderBy(s => s.Id).FirstOrDefaultAsync(cancellationToken);
            if (existing is null)
            {
                db.Settings.Add(settings);
            }
            else
            {
                existing.MentoringHours = settings.MentoringHours;
            }
        }

        foreach (var spec in model.Rounds)
        {
            if (!Seasons.IsSeason(spec.Season))
            {
                throw new InvalidOperationException($"The programme step names the season '{spec.Season}' for round {spec.Number}: use autumn or spring.");
            }

            if (!await db.Rounds.AnyAsync(r => r.FrameworkKey == spec.Framework && r.Number == spec.Number, cancellationToken))
            {
                var round = Round.From(new RoundKey(spec.Season, spec.StartYear), spec.Framework);
                round.Number = spec.Number;
                db.Rounds.Add(round);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        var rounds = await db.Rounds.ToDictionaryAsync(r => (r.FrameworkKey, r.Number), cancellationToken);
        var frameworks = await context.Services.GetRequiredService<FrameworkReader>().AllAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var spec in environment.IsDevelopment() ? model.DemoSchools : [])
        {
            if (await db.Schools.AnyAsync(s => s.Identifier == spec.School.Identifier, cancellationToken))
            {
                continue;
            }

            var school = spec.School;
            foreach (var contact in school.Contacts)
            {
                contact.NormalizedEmail = contact.Email.ToUpperInvariant();
            }

            db.Schools.Add(school);

            // Earlier years first, so a renewing school's past is in place before its current year.
            foreach (var enrol in spec.Earlier.Append(spec.Enrol).OfType<EnrolSpec>())
            {
                var round = rounds.GetValueOrDefault((enrol.Framework, enrol.Round)) ?? throw new InvalidOperationException($"School {school.Identifier} is enrolled in {enrol.Framework} round {enrol.Round}, which the step does not create.");
                var enrolment = await EnrolAsync(db, school, round, enrol, frameworks.FirstOrDefault(f => f.Framework.Key == round.FrameworkKey), now, cancellationToken);
                if (enrol.Awarded is { } level)
                {
                    await AwardAsync(context.Services, enrolment, level, cancellationToken);
                }
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        foreach (var application in environment.IsDevelopment() ? model.DemoApplications : [])
        {
            await ApplyAsync(context.Services, db, application, now, cancellationToken);
        }
    }

    // A demo application waiting for HQ, so the page of applications has one to decide.
    private static async Task ApplyAsync(IServiceProvider services, ProgrammeDbContext db, HubLeaderApplication application, DateTime now, CancellationToken cancellationToken)
    {
        application.NormalizedEmail = application.Email.ToUpperInvariant();
        if (await db.Applications.AnyAsync(a => a.NormalizedEmail == application.NormalizedEmail, cancellationToken))
        {
            return;
        }

        application.CreatedUtc = now.AddDays(-3);
        db.Applications.Add(application);
        await db.SaveChangesAsync(cancellationToken);
        await services.GetRequiredService<Workflows.Engine.WorkflowEngine>().StartAsync(
            HubLeaderApplications.Definition, HubLeaderApplications.Subject, HubLeaderApplications.Key(application.Id), cancellationToken);
    }

    // A year from the programme's records that ended in an award: its submission imported as awarded, and the award
    // made from the round's award date for the years the settings say, with its certificate code.
    private static async Task AwardAsync(IServiceProvider services, Enrolment enrolment, string level, CancellationToken cancellationToken)
    {
        var zone = Psqm.Core.Tenancy.TenantScope.Required.TimeZone;
        var on = enrolment.Round.DateOf("award-notification") ?? enrolment.Round.Starts.AddYears(1);
        var years = await services.GetRequiredService<ProgrammeDbContext>().Settings.Select(x => (int?)x.AwardYears).FirstOrDefaultAsync(cancellationToken) ?? 3;
        await services.GetRequiredService<Workflows.Engine.WorkflowEngine>().ImportAsync(
            Submissions.Definition, Submissions.Subject, enrolment.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), "awarded",
            TimeZoneInfo.ConvertTimeToUtc(on.ToDateTime(new TimeOnly(12, 0)), zone), "Imported from the programme's records.", cancellationToken);
        var region = (await services.GetRequiredService<Psqm.Core.Hubs.IHubDirectory>().ListAsync(cancellationToken)).FirstOrDefault(h => h.Key == enrolment.Hub)?.Region ?? "";
        await services.GetRequiredService<Awards.Services.AwardRegister>().GrantAsync(
            new Awards.Services.AwardGrant(enrolment.Id, enrolment.School.Name, enrolment.School.Town, region, level, enrolment.Round.Key, on, on.AddYears(years).AddDays(-1)),
            null, cancellationToken);
    }

    private static async Task<Enrolment> EnrolAsync(ProgrammeDbContext db, School school, Round round, EnrolSpec enrol, FrameworkView? framework, DateTime now, CancellationToken cancellationToken)
    {
        var enrolment = new Enrolment
        {
            School = school, Round = round, Hub = school.Hub, Kind = enrol.Kind, Fee = enrol.Fee, Invoice = enrol.Invoice,
            ProposedLevel = enrol.ProposedLevel, ConfirmedLevel = enrol.ConfirmedLevel, CreatedUtc = now,
            LevelConfirmedUtc = enrol.ConfirmedLevel is null ? null : now, LevelConfirmedBy = enrol.ConfirmedLevel is null ? null : "recipe",
            Assessor = enrol.Assessor?.Trim().ToUpperInvariant(),
        };
        db.Enrolments.Add(enrolment);
        await db.SaveChangesAsync(cancellationToken);

        if (framework is null || enrol.Audited <= 0)
        {
            return enrolment;
        }

        // A believable audit: the first criteria of the working level rated, mostly developing, some embedded.
        var level = enrolment.WorkingLevel ?? framework.Framework.Levels[0].Key;
        var criteria = framework.Criteria.Where(c => c.LevelKey == level).OrderBy(c => c.Number).ToList();
        var count = (int)Math.Round(criteria.Count * Math.Min(enrol.Audited, 1.0));
        db.Ratings.AddRange(criteria.Take(count).Select((c, i) => new AuditRating
        {
            EnrolmentId = enrolment.Id, CriterionId = c.Id, Rating = (i % 3) switch { 0 => Rating.Developing, 1 => Rating.Embedded, _ => enrol.Strong ? Rating.Embedded : Rating.NotYet },
            Note = enrol.Notes.Count > 0 ? enrol.Notes[i % enrol.Notes.Count] : "", UpdatedUtc = now, UpdatedBy = "recipe",
        }));
        db.Evidence.AddRange(enrol.Evidence.Select(e => new EvidenceItem
        {
            EnrolmentId = enrolment.Id, Caption = e.Caption, Link = e.Link, AddedBy = "recipe", AddedUtc = now,
            CriterionIds = criteria.Where(c => e.Criteria.Contains(c.Number)).Select(c => c.Id).ToList(),
        }));
        db.Messages.AddRange(enrol.Messages.Select(m => new Message
        {
            EnrolmentId = enrolment.Id, FromSchool = m.FromSchool, AuthorName = m.From, Body = m.Body, SentUtc = now.AddDays(-m.DaysAgo),
        }));
        db.Reflections.AddRange(enrol.Reflections.Where(r => criteria.Any(c => c.Number == r.Criterion)).Select(r => new Reflection
        {
            EnrolmentId = enrolment.Id, CriterionId = criteria.First(c => c.Number == r.Criterion).Id, Text = r.Text, UpdatedUtc = now, UpdatedBy = "recipe",
        }));
        if (enrol.Plan.Count > 0)
        {
            db.Plans.Add(new ActionPlanVersion
            {
                EnrolmentId = enrolment.Id, Number = 1, SavedUtc = now, SavedBy = "recipe",
                Actions = enrol.Plan.Select(a => new PlanAction
                {
                    CriterionId = criteria.FirstOrDefault(c => c.Number == a.Criterion)?.Id, Action = a.Action, Owner = a.Owner, Status = a.Status,
                    Due = a.DueInDays is { } days ? DateOnly.FromDateTime(now).AddDays(days) : null, SuccessMeasure = a.SuccessMeasure,
                }).ToList(),
            });
        }

        return enrolment;
    }

    private sealed class Model
    {
        public ProgrammeSettings? Settings { get; set; }

        public List<RoundSpec> Rounds { get; set; } = [];

        public List<SchoolSpec> DemoSchools { get; set; } = [];

        public List<HubLeaderApplication> DemoApplications { get; set; } = [];
    }

    private sealed class RoundSpec
    {
        public int Number { get; set; }

        public string Season { get; set; } = "";

        public int StartYear { get; set; }

        public string Framework { get; set; } = "psqm";
    }

    /// <summary>A school as the data holds it, with the round it is enrolled in and how far its year has got.</summary>
    private sealed class SchoolSpec
    {
        public School School { get; set; } = new();

        public EnrolSpec? Enrol { get; set; }

        /// <summary>Years in earlier rounds, for a renewing school to look back on.</summary>
        public List<EnrolSpec> Earlier { get; set; } = [];
    }

    private sealed class EnrolSpec
    {
        public int Round { get; set; }

        /// <summary>The quality mark of the round: rounds are numbered per mark.</summary>
        public string Framework { get; set; } = "psqm";

        /// <summary>The assessor's address, for a school an assessor follows.</summary>
        public string? Assessor { get; set; }

        public EnrolmentKind Kind { get; set; }

        public decimal Fee { get; set; }

        public InvoiceStatus Invoice { get; set; }

        public string? ProposedLevel { get; set; }

        public string? ConfirmedLevel { get; set; }

        /// <summary>The share of the working level's criteria already rated, 0 to 1.</summary>
        public double Audited { get; set; }

        /// <summary>The level the year was awarded, for a year from the programme's records that ended in an award.</summary>
        public string? Awarded { get; set; }

        /// <summary>Rated as a school ready for the next level would be.</summary>
        public bool Strong { get; set; }

        public List<string> Notes { get; set; } = [];

        /// <summary>Links the school keeps as evidence (demo files would be files nobody chose).</summary>
        public List<EvidenceSpec> Evidence { get; set; } = [];

        /// <summary>A conversation so far; demo messages have no author account, so nobody can hide them.</summary>
        public List<MessageSpec> Messages { get; set; } = [];

        /// <summary>A first action plan, saved as version 1.</summary>
        public List<ActionSpec> Plan { get; set; } = [];

        public List<ReflectionSpec> Reflections { get; set; } = [];
    }

    private sealed class MessageSpec
    {
        public bool FromSchool { get; set; }

        public string From { get; set; } = "";

        public string Body { get; set; } = "";

        public int DaysAgo { get; set; }
    }

    private sealed class ReflectionSpec
    {
        /// <summary>The criterion's number within the working level.</summary>
        public int Criterion { get; set; }

        public string Text { get; set; } = "";
    }

    private sealed class EvidenceSpec
    {
        public string Caption { get; set; } = "";

        public string Link { get; set; } = "";

        /// <summary>The criteria's numbers within the working level.</summary>
        public List<int> Criteria { get; set; } = [];
    }

    private sealed class ActionSpec
    {
        /// <summary>The criterion's number within the working level.</summary>
        public int? Criterion { get; set; }

        public string Action { get; set; } = "";

        public string Owner { get; set; } = "";

        public ActionStatus Status { get; set; }

        /// <summary>Days from the day the recipe runs, so demo plans never start overdue.</summary>
        public int? DueInDays { get; set; }

        public string SuccessMeasure { get; set; } = "";
    }
}

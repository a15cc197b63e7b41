using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Psqm.Core.Calendars;
using Psqm.Core.Routing;
using Psqm.Core.Tenancy;
using Psqm.Modules.Programme.Data;
using Psqm.Programme;

namespace Psqm.Modules.Programme.Services;

/// <summary>
/// A round's calendar as iCalendar, for schools or for hub leaders, in the page's language: the dates the programme
/// publishes for everyone taking part, so calendar programs can subscribe without signing in.
/// </summary>
public static class RoundCalendar
{
    public const string ForSchools = "schools";
    public const string ForHubLeaders = "hub-leaders";

    public static async Task<IResult> WriteAsync(int id, string? @for, HttpContext context, ProgrammeDbContext db, TimeProvider clock, IStringLocalizer<Round> s)
    {
        var round = await db.Rounds.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, context.RequestAborted);
        if (round is null)
        {
            return Results.NotFound();
        }

        var tenant = context.RequiredTenant();
        var audience = @for == ForHubLeaders ? Audience.HubLeader : Audience.School;
        var name = s.RoundName(round);
        var events = round.Milestones.Where(m => m.Audience == audience).OrderBy(m => m.Date).Select(m =>
        {
            var day = m.Date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            var what = Seasons.MilestoneNames.TryGetValue(m.Key, out var english) ? s[english].Value : m.Key;
            return new CalendarEvent($"{round.FrameworkKey}-round-{round.Number}-{m.Key}-{audience}@{tenant.Name}", 0, day, day.AddDays(1), what, name, null, null) { AllDay = true };
        }).ToList();
        var title = audience == Audience.School ? s["{0}: dates for schools", name].Value : s["{0}: dates for hub leaders", name].Value;
        var text = ICalendarWriter.Write(title, tenant.TimeZone, events, clock.GetUtcNow().UtcDateTime, CultureInfo.CurrentUICulture.TwoLetterISOLanguageName);
        context.Response.Headers.CacheControl = "public, max-age=900";
        context.Response.Headers.ContentDisposition = $"inline; filename=\"{round.FrameworkKey}-round-{round.Number}.ics\"";
        await ConditionalGet.WriteAsync(context, text, "text/calendar; charset=utf-8", version: ICalendarWriter.Unstamped(text));
        return Results.Empty;
    }
}

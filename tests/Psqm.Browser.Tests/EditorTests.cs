using Microsoft.Playwright;

namespace Psqm.Browser.Tests;

/// <summary>An editor's day: an image, a case study in Welsh and English, a change, and a restore.</summary>
[Collection(SharedBrowser.Name)]
public sealed class EditorTests(BrowserSite site)
{
    [Fact]
    public async Task Editor_PublishesACaseStudyWithAnImageInBothLanguages_ThenRestoresAnEarlierVersion()
    {
        var tenant = await site.CreateTenantAsync("cymru");
        var root = tenant.BasePath.Value!.TrimStart('/');
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        await AccessibilityTests.SignInAsync(page, "/" + root, "editor@example.org");

        await page.GotoAsync($"{root}/admin/media");
        await page.SetInputFilesAsync("#Upload", new FilePayload { Name = "dosbarth.jpg", MimeType = "image/jpeg", Buffer = Photos.Jpeg(1400, 1000) });
        await page.FillAsync("#AltEn", "Pupils measuring shadows");
        await page.FillAsync("#AltCy", "Disgyblion yn mesur cysgodion");
        await page.ClickAsync("main form button[type=submit]");
        await page.WaitForSelectorAsync(".govuk-notification-banner");

        await page.GotoAsync($"{root}/admin/content/edit?type=CaseStudy");
        await page.FillAsync("#Title", "Cysgodion ar yr iard");
        await page.FillAsync("#Fields_summary", "Mesurodd disgyblion gysgodion drwy'r dydd.");
        await page.FillAsync("#Fields_body", "## Beth wnaethon ni\n\nMesur cysgodion bob awr.");
        await page.WaitForSelectorAsync(".psqm-preview h2");
        Assert.Equal("Beth wnaethon ni", await page.TextContentAsync(".psqm-preview h2"));
        await page.FillAsync("#Fields_date", "2025-10-01");
        await page.SelectOptionAsync("#Fields_setting", "school");
        await page.SelectOptionAsync("#Fields_region", "mid-wales");
        await page.SelectOptionAsync("#Fields_level", "psqm");
        await page.CheckAsync("#Fields_images");
        await page.ClickAsync("button:has-text('Cadw a chyhoeddi')");
        await page.WaitForSelectorAsync("text=wedi'i gyhoeddi");

        await page.ClickAsync("button:has-text('Ysgrifennu\\'r fersiwn Saesneg')");
        await page.WaitForSelectorAsync("#Title");
        await page.FillAsync("#Title", "Shadows in the playground");
        await page.FillAsync("#Slug", "shadows-in-the-playground");
        await page.FillAsync("#Fields_summary", "Pupils measured shadows all day.");
        await page.FillAsync("#Fields_body", "## What we did\n\nMeasured shadows every hour.");
        await page.ClickAsync("button:has-text('Cadw a chyhoeddi')");
        await page.WaitForSelectorAsync("text=wedi'i gyhoeddi");

        await page.GotoAsync($"{root}/astudiaethau-achos/cysgodion-ar-yr-iard");
        Assert.Equal("Disgyblion yn mesur cysgodion", await page.GetAttributeAsync(".psqm-figure img", "alt"));
        await page.ClickAsync("a[hreflang=en]");
        await page.WaitForURLAsync($"**/{root}/en/case-studies/shadows-in-the-playground");
        Assert.Equal("Pupils measuring shadows", await page.GetAttributeAsync(".psqm-figure img", "alt"));
        await Axe.AssertAccessibleAsync(page);

        // A phone's browser takes a narrower copy, not the 1,400-pixel photo.
        await using (var phone = await site.NewContextAsync(width: 375))
        {
            var small = await phone.NewPageAsync();
            await small.GotoAsync($"{root}/astudiaethau-achos/cysgodion-ar-yr-iard");
            await small.WaitForFunctionAsync("() => document.querySelector('.psqm-figure img').complete");
            var shown = await small.EvaluateAsync<string>("() => document.querySelector('.psqm-figure img').currentSrc");
            Assert.Matches(@"/media/[0-9a-f]{32}-(320|640)\.webp$", shown);
        }

        await page.GotoAsync($"{root}/admin/content");
        await page.ClickAsync("a:has-text('Cysgodion ar yr iard')");
        await page.FillAsync("#Title", "Teitl newydd sydd ddim yn iawn");
        await page.ClickAsync("button:has-text('Cadw a chyhoeddi')");
        await page.WaitForSelectorAsync("text=wedi'i gyhoeddi");
        await page.ClickAsync("a:has-text('Hanes')");
        await page.ClickAsync("button:has-text('Adfer fersiwn 1')");
        await page.WaitForSelectorAsync("#Title");
        Assert.Equal("Cysgodion ar yr iard", await page.InputValueAsync("#Title"));
        await page.ClickAsync("button:has-text('Cadw a chyhoeddi')");
        await page.WaitForSelectorAsync("text=wedi'i gyhoeddi");

        await page.GotoAsync($"{root}/astudiaethau-achos/cysgodion-ar-yr-iard");
        Assert.Equal("Cysgodion ar yr iard", await page.TextContentAsync("h1"));
    }
}

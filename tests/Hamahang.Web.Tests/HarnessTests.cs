namespace Hamahang.Web.Tests;

/// <summary>The harness itself: the host in its own process, its printed key, Chromium under Playwright.</summary>
[Collection(AdminPageTests.Name)]
public sealed class HarnessTests(WebFixture fixture)
{
    [Fact]
    public async Task TheHostPrintsTheAddressThatSignsInWithItsFirstKey()
    {
        Assert.StartsWith(fixture.Host.Address + "#key=hmh_", fixture.Host.SignInAddress, StringComparison.Ordinal);
        await using var admin = await fixture.OpenAsync();
        var response = await admin.Page.GotoAsync("/");
        Assert.NotNull(response);
        Assert.Equal(200, response.Status);
        Assert.Contains("script-src 'self'", response.Headers["content-security-policy"], StringComparison.Ordinal);
        Assert.Equal("rtl", await admin.Page.EvaluateAsync<string>("document.documentElement.dir"));
        await admin.AssertAccessibleAsync("the first load");
        admin.AssertClean();
    }
}

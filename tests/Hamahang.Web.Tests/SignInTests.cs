using Microsoft.Playwright;

namespace Hamahang.Web.Tests;

[Collection(AdminPageTests.Name)]
public sealed class SignInTests(WebFixture fixture)
{
    private static readonly IReadOnlyDictionary<string, string> Fa = Strings.Fa;

    [Fact]
    public async Task ThePrintedAddressSignsInAndTheKeyLeavesTheAddressBar()
    {
        Assert.StartsWith(fixture.Host.Address + "#key=hmh_", fixture.Host.SignInAddress, StringComparison.Ordinal);
        await using var admin = await fixture.OpenAsync();
        var response = await admin.Page.GotoAsync(fixture.Host.SignInAddress);
        Assert.Contains("script-src 'self'", response!.Headers["content-security-policy"], StringComparison.Ordinal);
        await admin.View("dashboard").WaitForAsync();

        Assert.DoesNotContain("hmh_", admin.Page.Url, StringComparison.Ordinal);
        Assert.Equal(fixture.Host.AdminKey,
            await admin.Page.EvaluateAsync<string>("() => Object.values({ ...sessionStorage }).find(v => v.startsWith('hmh_'))"));
        Assert.Equal("fa", await admin.Page.EvaluateAsync<string>("document.documentElement.lang"));
        Assert.Equal("rtl", await admin.Page.EvaluateAsync<string>("document.documentElement.dir"));
        await Assertions.Expect(admin.Page.GetByText(Fa["role.ADMIN"]).First).ToBeVisibleAsync();
        admin.AssertClean();
    }

    [Fact]
    public async Task SigningOutForgetsTheKey()
    {
        await using var admin = await fixture.OpenAsync(key: fixture.Host.AdminKey);
        await admin.Page.GetByRole(AriaRole.Button, new() { Name = Fa["action.signOut"] }).ClickAsync();
        await admin.View("signin").WaitForAsync();
        Assert.Equal(0, await admin.Page.EvaluateAsync<int>("() => Object.values({ ...sessionStorage }).filter(v => v.startsWith('hmh_')).length"));

        // Going back to a view asks for a key again.
        await admin.Page.GotoAsync("/#/meetings");
        await admin.View("signin").WaitForAsync();
        admin.AssertClean();
    }

    [Fact]
    public async Task ASignInFormTakesAKeyAndRefusesAWrongOneInWords()
    {
        await using var page = await fixture.OpenAsync();
        await page.Page.GotoAsync("/");
        await page.View("signin").WaitForAsync();
        var key = page.Field(Fa["signin.key"]);
        await key.FillAsync("hmh_" + new string('x', 43));
        await page.Page.GetByRole(AriaRole.Button, new() { Name = Fa["signin.submit"], Exact = true }).ClickAsync();
        await Assertions.Expect(page.Page.GetByText(Fa["error.keyRefused"])).ToBeVisibleAsync();
        await page.AssertAccessibleAsync("the sign-in form with an error");
        await page.ScreenshotAsync("signin-refused");

        await page.Field(Fa["signin.key"]).FillAsync(fixture.Host.AdminKey);
        await page.Page.GetByRole(AriaRole.Button, new() { Name = Fa["signin.submit"], Exact = true }).ClickAsync();
        await page.View("dashboard").WaitForAsync();
        page.AssertClean();
    }
}

using System.Text.Json;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Hamahang.Web.Tests;

/// <summary>
/// The admin page in a browser context of its own, watched as it runs: every error it logs (a script error,
/// a content-security-policy violation) and every GraphQL document it sends, over HTTP and WebSocket.
/// </summary>
public sealed class AdminPage : IAsyncDisposable
{
    private static readonly HashSet<string> TrustedDocuments = Directory.Exists(Repository.Operations)
        ? [.. Directory.EnumerateFiles(Repository.Operations, "*.graphql").Select(File.ReadAllText)]
        : [];

    private readonly IBrowserContext _context;
    private readonly List<string> _errors = [];
    private readonly List<string> _untrusted = [];
    private bool _networkFails;

    private AdminPage(WebFixture fixture, IBrowserContext context, IPage page)
    {
        Fixture = fixture;
        _context = context;
        Page = page;
        page.Console += (_, message) =>
        {
            if (message.Type == "error" && !IsExpectedFailure(message.Text) && !(_networkFails && message.Text.Contains("net::ERR_", StringComparison.Ordinal)))
            {
                Record(_errors, message.Text);
            }
        };
        page.PageError += (_, error) => Record(_errors, error);
        page.Request += (_, request) =>
        {
            if (request.Method == "POST" && request.Url.EndsWith("/graphql", StringComparison.Ordinal))
            {
                CheckDocument(request.PostData);
            }
        };
        page.WebSocket += (_, socket) => socket.FrameSent += (_, frame) => CheckDocument(frame.Text);
    }

    public WebFixture Fixture { get; }

    /// <summary>The test breaks the network on purpose: the browser's own report of it is not a fault of the page.</summary>
    public void ExpectNetworkFailures() => _networkFails = true;

    public IPage Page { get; }

    /// <summary>The GraphQL documents the page sent that are not in schema/operations/.</summary>
    public IReadOnlyList<string> UntrustedDocuments => _untrusted;

    public static async Task<AdminPage> OpenAsync(WebFixture fixture, int width, string? key)
    {
        var context = await fixture.Browser.Chromium.NewContextAsync(new()
        {
            BaseURL = fixture.Host.Address.ToString(),
            ViewportSize = new() { Width = width, Height = width < 600 ? 780 : 900 },
            Locale = "fa-IR",
            TimezoneId = "Asia/Tehran",
        });
        var page = await context.NewPageAsync();
        var admin = new AdminPage(fixture, context, page);
        if (key is not null)
        {
            await admin.SignInAsync(key);
        }

        return admin;
    }

    /// <summary>Signs in as the host's first start invites: its printed address carries the key.</summary>
    public async Task SignInAsync(string key)
    {
        await Page.GotoAsync("/#key=" + key);
        await Page.Locator("[data-view]:not([data-view=signin])").First.WaitForAsync();
    }

    /// <summary>Opens a view by its address (<c>#/meetings?q=...</c>) and waits for it.</summary>
    public async Task GoAsync(string hash, string view)
    {
        await Page.EvaluateAsync("hash => { location.hash = hash; }", hash);
        try
        {
            await View(view).WaitForAsync();
        }
        catch (TimeoutException)
        {
            // Say what the page shows instead, and keep a picture of it.
            await ScreenshotAsync("failed-" + view);
            var shown = await Page.Locator("main").InnerTextAsync();
            throw new TimeoutException($"{hash} did not show the view {view}; the page shows:\n{shown}");
        }
    }

    /// <summary>
    /// Types <paramref name="typed"/> into the combobox labelled <paramref name="label"/> and picks the option whose name starts
    /// with <paramref name="option"/>.
    /// </summary>
    public async Task PickAsync(string label, string typed, string option)
    {
        var box = Page.GetByRole(AriaRole.Combobox, new() { Name = label });
        await box.FillAsync(typed);
        await Page.GetByRole(AriaRole.Option, new() { NameRegex = new("^" + System.Text.RegularExpressions.Regex.Escape(option)) }).First.ClickAsync();
    }

    /// <summary>The control labelled exactly <paramref name="label"/> (a required field's label ends in a marker that is not read aloud).</summary>
    public ILocator Field(string label) =>
        Page.GetByLabel(new System.Text.RegularExpressions.Regex("^" + System.Text.RegularExpressions.Regex.Escape(label) + @"(\s*\*)?$"));

    /// <summary>The button named <paramref name="name"/> (exactly).</summary>
    public ILocator Button(string name) => Page.GetByRole(AriaRole.Button, new() { Name = name, Exact = true });

    public ILocator View(string name) => Page.Locator($"[data-view=\"{name}\"]");

    /// <summary>Writes a screenshot as tests/Hamahang.Web.Tests/screenshots/<paramref name="name"/>-{lang}-{width}.png.</summary>
    public async Task ScreenshotAsync(string name)
    {
        var lang = await Page.EvaluateAsync<string>("document.documentElement.lang");
        var width = Page.ViewportSize?.Width ?? 0;
        Directory.CreateDirectory(Repository.Screenshots);
        await Page.ScreenshotAsync(new() { Path = Path.Combine(Repository.Screenshots, $"{name}-{lang}-{width}.png"), FullPage = true });
    }

    /// <summary>axe-core on the page as it is now: no serious or critical violation.</summary>
    public async Task AssertAccessibleAsync(string where)
    {
        var result = await Page.RunAxe();
        var serious = result.Violations
            .Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Take(3).Select(n => string.Join(" ", n.Target)))}")
            .ToList();
        Assert.True(serious.Count == 0, $"axe on {where}:\n" + string.Join('\n', serious));
    }

    /// <summary>No script error, no policy violation, no document outside schema/operations/ so far.</summary>
    public void AssertClean()
    {
        AssertNoErrors();
        Assert.True(_untrusted.Count == 0, "the page sent documents not in schema/operations/:\n" + string.Join("\n---\n", _untrusted));
    }

    /// <summary>No script error and no policy violation so far (the query console sends what its user types).</summary>
    public void AssertNoErrors() => Assert.True(_errors.Count == 0, "the page logged errors:\n" + string.Join('\n', _errors));

    public async ValueTask DisposeAsync() => await _context.CloseAsync();

    private void CheckDocument(string? json)
    {
        if (json is null)
        {
            return;
        }

        try
        {
            using var body = JsonDocument.Parse(json);
            var root = body.RootElement;
            var request = root.TryGetProperty("type", out var type) && type.GetString() == "subscribe" ? root.GetProperty("payload") : root;
            if (request.ValueKind == JsonValueKind.Object && request.TryGetProperty("query", out var query)
                && query.GetString() is { } text && !TrustedDocuments.Contains(text))
            {
                Record(_untrusted, text);
            }
        }
        catch (JsonException)
        {
            Record(_untrusted, json);
        }
    }

    // A refused request (401, 400) is an answer the page handles and shows; Chromium logs the status anyway.
    private static bool IsExpectedFailure(string text) =>
        text.StartsWith("Failed to load resource: the server responded with a status of 4", StringComparison.Ordinal);

    private static void Record(List<string> list, string text)
    {
        lock (list)
        {
            list.Add(text);
        }
    }
}

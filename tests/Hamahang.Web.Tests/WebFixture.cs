namespace Hamahang.Web.Tests;

/// <summary>
/// One host and one browser for the browser tests of a collection. The host runs only trusted documents, so
/// every flow the tests walk also proves the page sends nothing but the documents in schema/operations/.
/// </summary>
public class WebFixture : IAsyncLifetime
{
    public HostProcess Host { get; private set; } = null!;

    public Browser Browser { get; private set; } = null!;

    protected virtual (string Key, string Value)[] Settings => [("GraphQL:TrustedDocumentsOnly", "true")];

    public async Task InitializeAsync()
    {
        Browser = await Browser.LaunchAsync();
        Host = await HostProcess.StartAsync(Settings);
    }

    public async Task DisposeAsync()
    {
        if (Host is not null)
        {
            await Host.DisposeAsync();
        }

        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }
    }

    /// <summary>A new browser context (its own sessionStorage) with a page on the host.</summary>
    public Task<AdminPage> OpenAsync(int width = 1280, string? key = null) => AdminPage.OpenAsync(this, width, key);
}

/// <summary>A host that runs any document: the query console sends what its user types.</summary>
public sealed class OpenWebFixture : WebFixture
{
    protected override (string Key, string Value)[] Settings => [];
}

[CollectionDefinition(Name)]
public sealed class OpenHostTests : ICollectionFixture<OpenWebFixture>
{
    public const string Name = "admin page on a host that runs any document";
}

[CollectionDefinition(Name)]
public sealed class AdminPageTests : ICollectionFixture<WebFixture>
{
    public const string Name = "admin page";
}

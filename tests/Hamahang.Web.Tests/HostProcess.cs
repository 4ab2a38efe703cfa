using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;

namespace Hamahang.Web.Tests;

/// <summary>
/// The real host in a process of its own, as `dotnet run --project api` starts it: Kestrel on a free
/// loopback port, a fresh SQLite file, the repository's web/ and schema/operations/, seeded on start.
/// Its console prints the first Admin key's address (<see cref="SignInAddress"/>), which the tests open.
/// </summary>
public sealed partial class HostProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(3);

    private readonly Process _process;
    private readonly string _folder;
    private readonly TaskCompletionSource<string> _signIn = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly List<string> _output = [];

    private HostProcess(Process process, string folder, Uri address)
    {
        _process = process;
        _folder = folder;
        Address = address;
    }

    /// <summary>The host's address, e.g. http://127.0.0.1:40123/.</summary>
    public Uri Address { get; }

    /// <summary>The address the host printed with its first Admin key (<c>/#key=hmh_...</c>).</summary>
    public string SignInAddress { get; private set; } = "";

    /// <summary>The first Admin key, read off the printed address.</summary>
    public string AdminKey => SignInAddress[(SignInAddress.IndexOf("#key=", StringComparison.Ordinal) + 5)..];

    /// <summary>The SQLite file the host runs on.</summary>
    public string DatabasePath => Path.Combine(_folder, "hamahang.db");

    /// <summary>Starts a host; <paramref name="settings"/> are passed as command-line switches (<c>GraphQL:TrustedDocumentsOnly=true</c>).</summary>
    public static async Task<HostProcess> StartAsync(params (string Key, string Value)[] settings)
    {
        var folder = Directory.CreateTempSubdirectory("hamahang-web-").FullName;
        var address = new Uri($"http://127.0.0.1:{FreePort()}/");
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Repository.ApiAssembly);
        foreach (var (key, value) in new[]
        {
            ("urls", address.ToString().TrimEnd('/')),
            ("ConnectionStrings:Hamahang", $"Data Source={Path.Combine(folder, "hamahang.db")}"),
            ("Web:Root", Repository.Web),
            ("Web:Operations", Repository.Operations),
        }.Concat(settings))
        {
            info.ArgumentList.Add($"--{key}");
            info.ArgumentList.Add(value);
        }

        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        info.Environment["DOTNET_NOLOGO"] = "1";
        var process = Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start.");
        var host = new HostProcess(process, folder, address);
        process.OutputDataReceived += (_, e) => host.Read(e.Data);
        process.ErrorDataReceived += (_, e) => host.Read(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        process.EnableRaisingEvents = true;
        process.Exited += (_, _) => host._signIn.TrySetException(new InvalidOperationException("The host exited:\n" + host.Output));
        try
        {
            host.SignInAddress = await host._signIn.Task.WaitAsync(StartTimeout);
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }

        return host;
    }

    /// <summary>
    /// Creates an API key as the README says (<c>dotnet run --project api -- keys create ...</c>), on the host's
    /// database while it runs; <paramref name="binding"/> is <c>("--person", "3")</c> or <c>("--organization", "7")</c>.
    /// </summary>
    public async Task<string> CreateKeyAsync(string role, (string Option, int Id)? binding = null)
    {
        var info = new ProcessStartInfo("dotnet") { WorkingDirectory = _folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { Repository.ApiAssembly, "keys", "create", "--role", role })
        {
            info.ArgumentList.Add(argument);
        }

        if (binding is { } bound)
        {
            info.ArgumentList.Add(bound.Option);
            info.ArgumentList.Add(bound.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        info.ArgumentList.Add("--ConnectionStrings:Hamahang");
        info.ArgumentList.Add($"Data Source={DatabasePath}");
        using var process = Process.Start(info)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        var errors = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var key = output.Split('\n').Select(line => line.Trim()).FirstOrDefault(line => line.StartsWith("hmh_", StringComparison.Ordinal));
        return process.ExitCode == 0
            && key is not null ? key : throw new InvalidOperationException($"keys create failed ({process.ExitCode}):\n{output}\n{errors}");
    }

    /// <summary>What the host printed so far.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return string.Join('\n', _output);
            }
        }
    }

    private void Read(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.Add(line);
        }

        if (SignInLine().Match(line) is { Success: true } match)
        {
            _signIn.TrySetResult(match.Value);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file the killed host still held; the temp folder is cleaned by the system.
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [GeneratedRegex(@"http://\S+/#key=hmh_[A-Za-z0-9_-]+")]
    private static partial Regex SignInLine();
}

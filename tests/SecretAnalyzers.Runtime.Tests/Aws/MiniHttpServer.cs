using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace SecretAnalyzers.Runtime.Tests.Aws;

/// <summary>One HTTP/1.1 request as received.</summary>
internal sealed record HttpRequestRecord(string Method, string Path, IReadOnlyDictionary<string, string> Headers, string Body)
{
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;
}

/// <summary>One response to send.</summary>
internal sealed record HttpResponseRecord(int Status, string Body, string ContentType = "application/x-amz-json-1.1");

/// <summary>
/// A minimal HTTP/1.1 server on 127.0.0.1 and an ephemeral port: keep-alive, Content-Length and chunked request
/// bodies. Enough for the AWS SDK's HttpClient; nothing more.
/// </summary>
internal sealed class MiniHttpServer : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly Func<HttpRequestRecord, Task<HttpResponseRecord>> _handler;
    private readonly CancellationTokenSource _stop = new();
    private readonly List<TcpClient> _clients = new();

    public MiniHttpServer(Func<HttpRequestRecord, Task<HttpResponseRecord>> handler)
    {
        _handler = handler;
        _listener.Start();
        Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
        _ = AcceptLoopAsync();
    }

    public int Port { get; }

    public string Url => "http://127.0.0.1:" + Port.ToString(CultureInfo.InvariantCulture) + "/";

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
        lock (_clients)
        {
            foreach (var client in _clients)
            {
                client.Dispose();
            }
        }
    }

    private async Task AcceptLoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception) when (_stop.IsCancellationRequested)
            {
                return;
            }
            catch (SocketException)
            {
                return;
            }

            lock (_clients)
            {
                _clients.Add(client);
            }

            _ = Task.Run(() => ServeAsync(client));
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        try
        {
            using (client)
            {
                client.NoDelay = true;
                var stream = client.GetStream();
                var reader = new BufferedReader(stream);
                while (!_stop.IsCancellationRequested)
                {
                    var request = await ReadRequestAsync(reader);
                    if (request is null)
                    {
                        return;
                    }

                    var response = await _handler(request);
                    var body = Encoding.UTF8.GetBytes(response.Body);
                    var head = "HTTP/1.1 " + response.Status + " " + Reason(response.Status) + "\r\n"
                        + "Content-Type: " + response.ContentType + "\r\n"
                        + "Content-Length: " + body.Length + "\r\n"
                        + "x-amzn-RequestId: " + Guid.NewGuid() + "\r\n"
                        + "Date: " + DateTime.UtcNow.ToString("r", CultureInfo.InvariantCulture) + "\r\n"
                        + "Connection: keep-alive\r\n\r\n";
                    await stream.WriteAsync(Encoding.ASCII.GetBytes(head));
                    await stream.WriteAsync(body);
                    await stream.FlushAsync();
                }
            }
        }
        catch (IOException)
        {
        }
        catch (ObjectDisposedException)
        {
        }
    }

    private static async Task<HttpRequestRecord?> ReadRequestAsync(BufferedReader reader)
    {
        var requestLine = await reader.ReadLineAsync();
        if (string.IsNullOrEmpty(requestLine))
        {
            return null;
        }

        var parts = requestLine.Split(' ');
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        string? line;
        while (!string.IsNullOrEmpty(line = await reader.ReadLineAsync()))
        {
            var colon = line.IndexOf(':');
            if (colon > 0)
            {
                headers[line.Substring(0, colon).Trim()] = line.Substring(colon + 1).Trim();
            }
        }

        byte[] body;
        if (headers.TryGetValue("Transfer-Encoding", out var encoding) && encoding.Contains("chunked", StringComparison.OrdinalIgnoreCase))
        {
            using var buffer = new MemoryStream();
            while (true)
            {
                var sizeLine = (await reader.ReadLineAsync()) ?? "0";
                var size = int.Parse(sizeLine.Split(';')[0].Trim(), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
                if (size == 0)
                {
                    while (!string.IsNullOrEmpty(await reader.ReadLineAsync()))
                    {
                    }

                    break;
                }

                buffer.Write(await reader.ReadBytesAsync(size));
                await reader.ReadLineAsync();
            }

            body = buffer.ToArray();
        }
        else
        {
            var length = headers.TryGetValue("Content-Length", out var text) ? int.Parse(text, CultureInfo.InvariantCulture) : 0;
            body = await reader.ReadBytesAsync(length);
        }

        return new HttpRequestRecord(parts[0], parts.Length > 1 ? parts[1] : "/", headers, Encoding.UTF8.GetString(body));
    }

    private static string Reason(int status) => status switch
    {
        200 => "OK",
        400 => "Bad Request",
        403 => "Forbidden",
        500 => "Internal Server Error",
        503 => "Service Unavailable",
        _ => "Status",
    };

    /// <summary>Reads lines and exact byte counts from a network stream.</summary>
    private sealed class BufferedReader
    {
        private readonly Stream _stream;
        private readonly byte[] _buffer = new byte[16 * 1024];
        private int _start;
        private int _end;

        public BufferedReader(Stream stream) => _stream = stream;

        public async Task<string?> ReadLineAsync()
        {
            var line = new StringBuilder();
            while (true)
            {
                if (_start == _end && !await FillAsync())
                {
                    return line.Length == 0 ? null : line.ToString();
                }

                var b = _buffer[_start++];
                if (b == '\n')
                {
                    return line.ToString().TrimEnd('\r');
                }

                line.Append((char)b);
            }
        }

        public async Task<byte[]> ReadBytesAsync(int count)
        {
            var result = new byte[count];
            var written = 0;
            while (written < count)
            {
                if (_start == _end && !await FillAsync())
                {
                    throw new IOException("Connection closed in the middle of a body.");
                }

                var take = Math.Min(count - written, _end - _start);
                Array.Copy(_buffer, _start, result, written, take);
                _start += take;
                written += take;
            }

            return result;
        }

        private async Task<bool> FillAsync()
        {
            _start = 0;
            _end = await _stream.ReadAsync(_buffer.AsMemory());
            return _end > 0;
        }
    }
}

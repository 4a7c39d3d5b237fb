namespace SecretAnalyzers.Benchmarks.Corpus;

/// <summary>The shared infrastructure every generated feature file builds on (logging, data access, web attributes).</summary>
internal static class CommonSource
{
    public const string Path = "src/Contoso.Common/Infrastructure.cs";

    public const string Text = """
        using System;
        using System.Collections.Generic;
        using System.Threading;
        using System.Threading.Tasks;

        namespace Contoso.Common;

        public interface ILogger
        {
            void LogDebug(string message, params object?[] args);
            void LogInformation(string message, params object?[] args);
            void LogWarning(string message, params object?[] args);
            void LogError(Exception? exception, string message, params object?[] args);
        }

        public interface IAppConfiguration
        {
            string? this[string key] { get; }
            string GetRequired(string key);
        }

        public interface IDbExecutor
        {
            Task<int> ExecuteAsync(string sql, object? parameters = null, CancellationToken cancellationToken = default);
            Task<IReadOnlyList<T>> QueryAsync<T>(string sql, object? parameters = null, CancellationToken cancellationToken = default);
        }

        public interface IRepository<T>
            where T : class
        {
            Task<T?> FindAsync(int id, CancellationToken cancellationToken = default);
            Task<IReadOnlyList<T>> ListAsync(CancellationToken cancellationToken = default);
            Task SaveAsync(T entity, CancellationToken cancellationToken = default);
        }

        [AttributeUsage(AttributeTargets.Class)]
        public sealed class ApiControllerAttribute : Attribute
        {
        }

        [AttributeUsage(AttributeTargets.Class)]
        public sealed class RouteAttribute : Attribute
        {
            public RouteAttribute(string template) => Template = template;
            public string Template { get; }
        }

        [AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
        public sealed class AuthorizeAttribute : Attribute
        {
            public string? Policy { get; set; }
            public string? Roles { get; set; }
        }

        public abstract class HttpMethodAttribute : Attribute
        {
            protected HttpMethodAttribute(string template) => Template = template;
            public string Template { get; }
            public string? Name { get; set; }
        }

        [AttributeUsage(AttributeTargets.Method)]
        public sealed class HttpGetAttribute : HttpMethodAttribute
        {
            public HttpGetAttribute(string template = "") : base(template) { }
        }

        [AttributeUsage(AttributeTargets.Method)]
        public sealed class HttpPostAttribute : HttpMethodAttribute
        {
            public HttpPostAttribute(string template = "") : base(template) { }
        }

        [AttributeUsage(AttributeTargets.Method)]
        public sealed class HttpDeleteAttribute : HttpMethodAttribute
        {
            public HttpDeleteAttribute(string template = "") : base(template) { }
        }

        [AttributeUsage(AttributeTargets.Class)]
        public sealed class ConfigurationSectionAttribute : Attribute
        {
            public ConfigurationSectionAttribute(string name) => Name = name;
            public string Name { get; }
        }

        public sealed class ValidationProblem
        {
            public ValidationProblem(IReadOnlyList<string> errors) => Errors = errors;
            public IReadOnlyList<string> Errors { get; }
            public bool IsValid => Errors.Count == 0;
        }

        public sealed class ApiResponse<T>
        {
            private ApiResponse(int statusCode, T? value, string? message)
            {
                StatusCode = statusCode;
                Value = value;
                Message = message;
            }

            public int StatusCode { get; }
            public T? Value { get; }
            public string? Message { get; }

            public static ApiResponse<T> Ok(T value) => new(200, value, null);
            public static ApiResponse<T> NotFound(string message) => new(404, default, message);
            public static ApiResponse<T> BadRequest(ValidationProblem problem) => new(400, default, string.Join("; ", problem.Errors));
        }

        public sealed record PagedResult<T>(IReadOnlyList<T> Items, int Page, int PageSize, int TotalCount)
        {
            public bool HasMore => Page * PageSize < TotalCount;
        }

        public sealed class SmtpSettings
        {
            public string Host { get; set; } = "localhost";
            public int Port { get; set; } = 25;
            public string UserName { get; set; } = string.Empty;
            public string Password { get; set; } = string.Empty;
            public bool EnableSsl { get; set; } = true;
        }

        public sealed class ConnectionFactory
        {
            public ConnectionFactory(string connectionString) => ConnectionString = connectionString;
            public string ConnectionString { get; }
        }

        public sealed class TokenClient
        {
            public TokenClient(Uri authority, string clientId, string clientSecret)
            {
                Authority = authority;
                ClientId = clientId;
                HasSecret = clientSecret.Length > 0;
            }

            public Uri Authority { get; }
            public string ClientId { get; }
            public bool HasSecret { get; }
        }

        public static class IdentityClient
        {
            public static Task<bool> SignInAsync(string userName, string password, CancellationToken cancellationToken = default) =>
                Task.FromResult(userName.Length > 0 && password.Length > 0);
        }

        public sealed class NotFoundException : Exception
        {
            public NotFoundException(string message) : base(message) { }
        }
        """;
}

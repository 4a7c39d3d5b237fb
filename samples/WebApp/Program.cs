using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using SecretAnalyzers.Runtime;
using WebApp;

var builder = WebApplication.CreateBuilder(args);

// 1. The secret provider, before anything reads a secret. It is built here, at once, and becomes the provider of the
//    generated Secrets class, of the configuration source below and of the container: one cache, one set of stores.
//    Development: environment variables, then secrets.local.json. Any other environment: environment variables,
//    then AWS (Secrets Manager through Parameter Store, and Parameter Store, with one SSM client whose region and
//    credentials come from the SDK: AWS_REGION, the profile, the task or instance role).
builder.Services.AddSecretProvider(secrets =>
{
    secrets.EnvironmentName = builder.Environment.EnvironmentName;
    secrets.ContentRoot = builder.Environment.ContentRootPath;
    secrets.UseEnvironment().UseLocalFile().UseAws();
});

// 2. appsettings.json leaves Smtp:Password empty; this source fills it from the store, so IConfiguration["Smtp:Password"]
//    and options bound from the Smtp section keep working.
builder.Configuration.AddSecrets(provider: null, new Dictionary<string, SecretReference>
{
    ["Smtp:Password"] = Secrets.References.SmtpPassword,
});

// 3. One batched fetch for every secret of the manifest; the synchronous accessors below then read the cache.
await Secrets.PreloadAsync();

// 4. Needed before builder.Build(): the connection string is part of a service registration.
var ordersConnectionString = builder.Configuration.GetConnectionString("Orders") + "Password=" + Secrets.OrdersDbPassword + ";";
builder.Services.AddSingleton(new OrdersDatabase(ordersConnectionString));

// 5. The bearer token is read each time a client is created, so a rotated token is picked up after the cache's TTL.
builder.Services.AddHttpClient(PaymentsClient.Name, client =>
{
    client.BaseAddress = new Uri(builder.Configuration["Payments:BaseUrl"] ?? "https://payments.internal/");
    client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Secrets.PaymentsApiToken);
});

// 6. The JWT signing key validates the API's access tokens.
builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer(options =>
{
    options.MapInboundClaims = false;
    options.TokenValidationParameters = new TokenValidationParameters
    {
        ValidIssuer = AccessTokens.Issuer,
        ValidAudience = AccessTokens.Audience,
        IssuerSigningKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(Secrets.JwtSigningKey)),
    };
});
builder.Services.AddAuthorization();
builder.Services.AddOptions<SmtpOptions>().Bind(builder.Configuration.GetSection("Smtp"));

var app = builder.Build();
app.UseAuthentication();
app.UseAuthorization();

app.MapGet("/", () => "WebApp is running.");

// What the app was configured with, never a value: lengths and non-secret parts only.
app.MapGet("/status", (OrdersDatabase orders, IHttpClientFactory clients, IOptions<SmtpOptions> smtp, IOptionsMonitor<JwtBearerOptions> jwt) =>
{
    var payments = clients.CreateClient(PaymentsClient.Name);
    var signingKey = jwt.Get(JwtBearerDefaults.AuthenticationScheme).TokenValidationParameters.IssuerSigningKey;
    return Results.Ok(new
    {
        environment = app.Environment.EnvironmentName,
        ordersDatabase = orders.Describe(),
        ordersPasswordLength = orders.PasswordLength,
        paymentsScheme = payments.DefaultRequestHeaders.Authorization?.Scheme,
        paymentsTokenLength = payments.DefaultRequestHeaders.Authorization?.Parameter?.Length ?? 0,
        jwtSigningKeyBits = signingKey?.KeySize ?? 0,
        smtpHost = smtp.Value.Host,
        smtpPasswordLength = smtp.Value.Password?.Length ?? 0,
    });
});

app.MapGet("/orders", () => Results.Ok(new[] { "order-1001", "order-1002" })).RequireAuthorization();

app.Run();

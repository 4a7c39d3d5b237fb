namespace SecretAnalyzers.Benchmarks.Corpus;

/// <summary>The ordinary strings of a line-of-business code base: UI text, log templates, SQL, URLs, keys.</summary>
internal static class Vocabulary
{
    public static readonly string[] Nouns =
    {
        "Order", "Customer", "Invoice", "Product", "Shipment", "Payment", "Account", "Subscription", "Tenant",
        "Report", "Notification", "Inventory", "Warehouse", "Supplier", "Employee", "Ticket", "Campaign", "Review",
        "Cart", "Coupon", "Contract", "Appointment", "Project", "Timesheet", "Asset", "Vehicle", "Policy", "Claim",
        "Lead", "Opportunity", "Quote", "Budget", "Course", "Enrollment", "Document", "Device", "Alert", "Booking",
    };

    public static readonly string[] Areas =
    {
        "Sales", "Billing", "Logistics", "Identity", "Catalog", "Support", "Marketing", "Finance", "Operations", "Hr",
    };

    public static readonly string[] Statuses = { "Pending", "Active", "Suspended", "Archived", "Cancelled", "Completed", "OnHold", "Draft" };

    public static readonly string[] UiTexts =
    {
        "Your changes have been saved.", "Are you sure you want to delete this item?", "Something went wrong. Please try again later.",
        "No results match your search.", "Please fill in all required fields.", "The request could not be completed.",
        "You do not have permission to view this page.", "Loading, please wait...", "Select a date range",
        "Export to CSV", "Last updated {0:g}", "Showing {0} of {1} results", "Welcome back, {0}!",
        "This field must be a valid email address.", "The value must be between {1} and {2}.", "Upload complete",
        "Sign in to continue", "Your session has expired.", "Download the latest version", "Contact support",
        "Item added to your cart", "Payment received - thank you!", "We have sent you a confirmation email.",
    };

    public static readonly string[] LogTemplates =
    {
        "Processing {Count} items for {Tenant}", "Request {RequestId} completed in {ElapsedMs} ms",
        "Retrying operation {Operation} (attempt {Attempt})", "Cache miss for key {CacheKey}",
        "Background job {JobName} started at {StartedAt}", "Received webhook {EventType} from {Source}",
        "Skipping record {RecordId}: {Reason}", "Configuration value {Key} is missing; using default {Default}",
        "Batch {BatchId} flushed with {Count} entries", "Message {MessageId} moved to dead-letter queue",
    };

    public static readonly string[] ConfigKeys =
    {
        "Features:EnableExport", "Logging:LogLevel:Default", "Cache:SlidingExpirationMinutes", "Queue:MaxDeliveryCount",
        "Storage:ContainerName", "Http:TimeoutSeconds", "Reporting:DefaultPageSize", "Search:IndexName",
        "Retry:MaxAttempts", "Email:FromAddress", "Scheduler:CronExpression", "Tenancy:DefaultTenant",
    };

    public static readonly string[] Hosts =
    {
        "api.contoso.com", "internal.fabrikam.net", "billing.northwind.io", "files.adventure-works.com",
        "hooks.contoso.com", "search.wingtiptoys.com", "status.tailspin.dev",
    };

    public static readonly string[] ResourceNames =
    {
        "Resources.Common.SaveButton", "Resources.Errors.NotFound", "Resources.Labels.CreatedAt", "Strings.Dashboard.Title",
        "Resources.Validation.Required", "Strings.Menu.Settings", "Resources.Emails.WelcomeSubject",
    };

    public static readonly string[] ContentTypes = { "application/json", "text/csv", "application/pdf", "text/plain; charset=utf-8", "application/xml" };

    public static readonly string[] Headers = { "Accept", "X-Request-Id", "X-Correlation-Id", "Cache-Control", "If-None-Match", "User-Agent", "Accept-Language" };

    public static readonly string[] Queues = { "events", "commands", "dead-letter", "exports", "notifications", "audit" };

    public static readonly string[] Regexes =
    {
        @"^[A-Z]{2}\d{6}$", @"^\+?[1-9]\d{1,14}$", @"^[^@\s]+@[^@\s]+\.[^@\s]+$", @"^\d{4}-\d{2}-\d{2}$", @"[^a-zA-Z0-9\-]",
    };

    public static readonly string[] DateFormats = { "yyyy-MM-dd", "dd MMM yyyy", "yyyy-MM-ddTHH:mm:ssZ", "HH:mm", "MMMM yyyy" };

    public static readonly string[] Tags = { "priority", "internal", "vip", "legacy", "migrated", "beta", "review" };
}

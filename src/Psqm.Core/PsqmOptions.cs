namespace Psqm.Core;

/// <summary>Host-wide settings, bound from the <c>Psqm</c> configuration section.</summary>
public sealed class PsqmOptions
{
    public const string Section = "Psqm";

    /// <summary>Where tenants' databases, media, mail and keys live. Relative paths are under the content root.</summary>
    public string AppData { get; set; } = "App_Data";

    /// <summary>The recipe that says which tenants exist on first run.</summary>
    public string HostRecipe { get; set; } = "host.recipe.json";

    /// <summary>Folder of recipe files. Relative paths are searched upward from the content root.</summary>
    public string RecipesPath { get; set; } = "recipes";

    /// <summary>
    /// The site's public origin, e.g. <c>https://psqm.example</c>: every absolute link of a tenant reached by a path
    /// prefix starts with it. Required outside Development; there it defaults to the address the site listens on.
    /// </summary>
    public string? PublicUrl { get; set; }

    /// <summary>Addresses or networks (CIDR) of the reverse proxies whose forwarded headers are believed; loopback when empty.</summary>
    public List<string> Proxies { get; set; } = [];

    public Data.DatabaseOptions Database { get; set; } = new();

    public DemoOptions Demo { get; set; } = new();

    public MailOptions Mail { get; set; } = new();

    public RateLimitOptions RateLimits { get; set; } = new();

    public MediaOptions Media { get; set; } = new();

    public Caching.PageCacheOptions PageCache { get; set; } = new();
}

public sealed class MediaOptions
{
    /// <summary>
    /// Folder of every tenant's uploaded files (media library, evidence, message attachments); empty for AppData.
    /// Several nodes point it at one shared folder.
    /// </summary>
    public string? Path { get; set; }

    /// <summary><c>Folder</c> (the default: <see cref="Path"/>) or <c>S3</c> (<see cref="S3"/>).</summary>
    public string Storage { get; set; } = "Folder";

    public S3Options S3 { get; set; } = new();

    /// <summary>Largest file (document, recording) an editor may upload, in bytes.</summary>
    public long MaxBytes { get; set; } = 100 * 1024 * 1024;

    /// <summary>Largest image, in bytes: images are shown on pages, so they are kept small.</summary>
    public long MaxImageBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>Most pixels of an uploaded image (40 megapixels): a larger one would take the server's memory to decode.</summary>
    public long MaxImagePixels { get; set; } = 40_000_000;

    /// <summary>Largest piece of evidence a school uploads, in bytes: every school of every round keeps its files.</summary>
    public long MaxEvidenceBytes { get; set; } = 25 * 1024 * 1024;

    public long MaxBytesFor(UploadKind kind) => kind == UploadKind.Evidence ? MaxEvidenceBytes : MaxBytes;
}

/// <summary>An S3-compatible bucket for uploaded files, when <c>Psqm:Media:Storage</c> is <c>S3</c>.</summary>
public sealed class S3Options
{
    public string Bucket { get; set; } = "";

    /// <summary>Empty for Amazon S3 in <see cref="Region"/>; the address of another S3-compatible server otherwise.</summary>
    public string? ServiceUrl { get; set; }

    public string Region { get; set; } = "eu-west-2";

    /// <summary>Keys within the bucket start with this, so one bucket may serve several sites.</summary>
    public string? Prefix { get; set; }

    /// <summary>Empty to take the credentials from the environment (AWS_ACCESS_KEY_ID, an instance role).</summary>
    public string? AccessKey { get; set; }

    public string? SecretKey { get; set; }
}

/// <summary>What a form uploads, which decides its size limit.</summary>
public enum UploadKind
{
    Media,
    Evidence,
}

public sealed class RateLimitOptions
{
    /// <summary>Sign-in attempts per minute from one address on one tenant.</summary>
    public int SignInPerMinute { get; set; } = 10;

    /// <summary>Posts of public forms per minute from one address on one tenant.</summary>
    public int PublicFormPerMinute { get; set; } = 20;

    /// <summary>Posts a minute from signed-out visitors to one tenant, from every address together.</summary>
    public int AnonymousPostsPerTenantPerMinute { get; set; } = 600;
}

public sealed class DemoOptions
{
    /// <summary>Password of the seeded demo accounts (Development only). Generated when empty.</summary>
    public string? Password { get; set; }
}

public sealed class MailOptions
{
    /// <summary>Address that system mail is sent from.</summary>
    public string From { get; set; } = "no-reply@psqm.example";

    /// <summary>When set, mail goes to this SMTP server instead of the pickup folder.</summary>
    public string? SmtpHost { get; set; }

    public int SmtpPort { get; set; } = 25;

    public string? SmtpUser { get; set; }

    public string? SmtpPassword { get; set; }

    public bool SmtpSsl { get; set; } = true;
}

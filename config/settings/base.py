"""Settings for every environment.

Safe for production by default: DEBUG is off, the secret key and hosts must
come from the environment, cookies are secure. Local services are switched
on by environment variables (see the table in README.md); with none set the
site runs on SQLite and Wagtail's database search.
"""

from datetime import timedelta
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

from .env import env_bool, env_int, env_list, env_str

BASE_DIR = Path(__file__).resolve().parent.parent.parent

DEBUG = env_bool("DEBUG", False)

SECRET_KEY = env_str("SECRET_KEY")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured("Set SECRET_KEY (or DEBUG=true for local development).")
    SECRET_KEY = "insecure-local-development-key-never-use-in-production"  # noqa: S105

# Signs backup archives (docs/backup.md): `restore` refuses an archive not
# signed with it. Its own secret, not SECRET_KEY: a new server must be able
# to check an old server's archives.
BACKUP_KEY = env_str("BACKUP_KEY")

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["localhost", "127.0.0.1", "[::1]"] if DEBUG else [])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    # Project apps, one per content area.
    "core",
    "taxonomy",
    "home",
    "cities",
    "practices",
    "news",
    "declarations",
    "standardpages",
    "search",
    "figures",
    "localization",
    "members",
    "security",
    "events",
    "publications",
    "community",
    "demo",
    "pagecache",
    "opendata",
    # Translation workflow.
    "wagtail_localize",
    "wagtail_localize.locales",
    # Wagtail.
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.settings",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.frontend_cache",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "axes",
    # Django.
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # CSP and Permissions-Policy (security/middleware.py, docs/security.md).
    "security.middleware.SecurityHeadersMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Above GZip: a cached page is stored and sent already compressed.
    "pagecache.middleware.PageCacheMiddleware",
    "django.middleware.gzip.GZipMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    # The request's Wagtail Site from the cache (core/middleware.py).
    "core.middleware.CachedSiteMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # The signed cookie that lets a user's own browser pass a lock-out (security/devices.py).
    "security.devices.KnownDeviceMiddleware",
    # Per-address limits on search, export, API, login, password reset (security/ratelimit.py).
    "security.ratelimit.RateLimitMiddleware",
    # City editors' admin lists hide other cities' drafts (members/isolation.py).
    "members.isolation.HiddenPagesMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, as django-axes asks: it turns a locked-out login into its response.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "core.context_processors.site_chrome",
            ],
        },
    },
]

# Database: DATABASE_URL, or a SQLite file next to the code.
DATABASES = {
    "default": dj_database_url.parse(
        env_str("DATABASE_URL") or f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 60),
        # A kept connection is tested before a request reuses it, so a
        # database restart costs the requests during it (a 503, core.views),
        # not every kept connection's next request.
        conn_health_checks=True,
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Login attempts are rate limited (django-axes): after AXES_FAILURE_LIMIT
# failures for one username from one address, that pair is locked out for
# the cool-off time, with a page in the reader's language. A correct password
# from a browser that signed in as that user before (a signed cookie,
# security/devices.py) passes the lock-out, so colleagues behind one address
# cannot be locked out by someone else there.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = env_int("AXES_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = timedelta(minutes=env_int("AXES_COOLOFF_MINUTES", 15))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_LOCKOUT_TEMPLATE = "members/lockout.html"
# The known device's login must not clear the failures of whoever else
# guesses from the same address; failures expire after the cool-off.
AXES_RESET_ON_SUCCESS = False
AXES_WHITELIST_CALLABLE = "security.devices.is_known_device_login"
KNOWN_DEVICE_DAYS = env_int("KNOWN_DEVICE_DAYS", 30)
# Behind PROXY_COUNT reverse proxies (each appends to X-Forwarded-For), the
# client's address is read from that header; without it, every client would
# share the proxy's address and its lock-outs (docs/security.md).
PROXY_COUNT = env_int("PROXY_COUNT", 0)
if PROXY_COUNT:
    AXES_IPWARE_PROXY_COUNT = PROXY_COUNT
    AXES_IPWARE_META_PRECEDENCE_ORDER = ("HTTP_X_FORWARDED_FOR", "REMOTE_ADDR")

# Admin sessions end after a working day, and when the browser closes.
SESSION_COOKIE_AGE = env_int("SESSION_COOKIE_AGE", 8 * 60 * 60)
SESSION_EXPIRE_AT_BROWSER_CLOSE = True

# Languages. The network's languages are a setting: another network can set
# SITE_LANGUAGES (comma-separated codes, the first is the default).
LANGUAGE_NAMES = {
    "el": "Ελληνικά",
    "en": "English",
    "de": "Deutsch",
    "ru": "Русский",
    "uk": "Українська",
    "ar": "العربية",
    "fa": "فارسی",
}
# Each language's locale for Open Graph (og:locale wants language_TERRITORY,
# from Facebook's list, which writes Arabic as ar_AR). A language added to
# LANGUAGE_NAMES needs one here too.
OPEN_GRAPH_LOCALES = {
    "el": "el_GR",
    "en": "en_GB",
    "de": "de_DE",
    "ru": "ru_RU",
    "uk": "uk_UA",
    "ar": "ar_AR",
    "fa": "fa_IR",
}
_language_codes = env_list("SITE_LANGUAGES", list(LANGUAGE_NAMES))
_unknown = [code for code in _language_codes if code not in LANGUAGE_NAMES]
if _unknown:
    raise ImproperlyConfigured(f"SITE_LANGUAGES has codes without a name: {_unknown}")
if set(OPEN_GRAPH_LOCALES) != set(LANGUAGE_NAMES):
    raise ImproperlyConfigured("OPEN_GRAPH_LOCALES must name the languages of LANGUAGE_NAMES.")
LANGUAGES = [(code, LANGUAGE_NAMES[code]) for code in _language_codes]
LANGUAGE_CODE = _language_codes[0]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
# Where a page or a term has no text of its own in the reader's language, the
# first of these languages that has one is shown, then the default language
# (localization.fallback; the reasons for each chain are in
# docs/translation.md). LANGUAGE_FALLBACKS="ar:en,el;uk:en" replaces them.
LANGUAGE_FALLBACKS = {
    "en": ["el"],
    "el": ["en"],
    "de": ["en"],
    "ru": ["en"],
    "uk": ["en"],
    "ar": ["en"],
    "fa": ["en"],
}
if env_str("LANGUAGE_FALLBACKS"):
    LANGUAGE_FALLBACKS = {
        code.strip(): [other.strip() for other in chain.split(",") if other.strip()]
        for code, _sep, chain in (
            item.partition(":") for item in env_str("LANGUAGE_FALLBACKS").split(";") if item
        )
    }
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = env_str("TIME_ZONE", "Europe/Athens")

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "var" / "static"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env_str("MEDIA_ROOT", str(BASE_DIR / "var" / "media")))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}
# Local runs serve user uploads from Django; production puts a web server or
# object storage in front of MEDIA_ROOT.
SERVE_MEDIA = env_bool("SERVE_MEDIA", DEBUG)
# Uploads in S3 (or any S3-compatible store) when a bucket is named
# (django-storages; credentials as boto3 reads them, e.g. AWS_ACCESS_KEY_ID).
AWS_STORAGE_BUCKET_NAME = env_str("AWS_STORAGE_BUCKET_NAME")
if AWS_STORAGE_BUCKET_NAME:
    STORAGES["default"] = {"BACKEND": "storages.backends.s3.S3Storage"}
    AWS_S3_REGION_NAME = env_str("AWS_S3_REGION_NAME")
    AWS_S3_ENDPOINT_URL = env_str("AWS_S3_ENDPOINT_URL")
    AWS_S3_CUSTOM_DOMAIN = env_str("AWS_S3_CUSTOM_DOMAIN")
    # Plain URLs: a cached page must not carry signed links that expire.
    AWS_QUERYSTRING_AUTH = env_bool("AWS_QUERYSTRING_AUTH", False)
    AWS_S3_FILE_OVERWRITE = False
    AWS_DEFAULT_ACL = None
    SERVE_MEDIA = False

CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "citynet",
        "OPTIONS": {"MAX_ENTRIES": env_int("CACHE_MAX_ENTRIES", 20000)},
    }
}
# Redis when REDIS_URL is set (e.g. redis://127.0.0.1:6379/0): every server
# process and machine then shares the page cache and the sessions.
REDIS_URL = env_str("REDIS_URL")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "core.redis_cache.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": env_str("CACHE_KEY_PREFIX", "citynet"),
        }
    }
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
# Wagtail's image renditions, per process: a rendition never changes under
# its key (image, file hash, focal point, filter), so processes need not
# share them, and a page's images cost no round trip to Redis.
CACHES["renditions"] = {
    "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
    "LOCATION": "citynet-renditions",
    "OPTIONS": {"MAX_ENTRIES": env_int("RENDITION_CACHE_MAX_ENTRIES", 10000)},
}

# The cache (core/cache.py, docs/performance.md): whole pages for anonymous
# readers (pagecache/), purged by the pages a change shows on...
PAGE_CACHE_ENABLED = env_bool("PAGE_CACHE_ENABLED", True)
# ...and fragments of the chrome and lookups the same for every reader
# (navigation, terms, settings), until what they depend on changes.
SITE_MEMO_ENABLED = env_bool("SITE_MEMO_ENABLED", True)
# ...and at most this long, for processes that do not share a cache (no Redis).
SITE_MEMO_SECONDS = env_int("SITE_MEMO_SECONDS", 300)
PAGE_CACHE_ALIAS = "default"
PAGE_CACHE_SECONDS = env_int("PAGE_CACHE_SECONDS", 24 * 60 * 60)

# A frontend cache (Varnish or Cloudflare) in front of the site: Wagtail
# purges a page's URLs there when it is published or unpublished; pages may
# be kept there PAGE_CACHE_PROXY_SECONDS (edits of terms or settings reach
# it after that time). docs/deploying.md.
WAGTAILFRONTENDCACHE = {}
if env_str("FRONTEND_CACHE_VARNISH_URL"):
    WAGTAILFRONTENDCACHE["varnish"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": env_str("FRONTEND_CACHE_VARNISH_URL"),
    }
if env_str("FRONTEND_CACHE_CLOUDFLARE_ZONE_ID"):
    WAGTAILFRONTENDCACHE["cloudflare"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
        "BEARER_TOKEN": env_str("FRONTEND_CACHE_CLOUDFLARE_TOKEN"),
        "ZONEID": env_str("FRONTEND_CACHE_CLOUDFLARE_ZONE_ID"),
    }
PAGE_CACHE_PROXY_SECONDS = env_int("PAGE_CACHE_PROXY_SECONDS", 300 if WAGTAILFRONTENDCACHE else 0)
# The page cache itself is purged the same way (pagecache/frontend.py).
WAGTAILFRONTENDCACHE = {
    "pages": {"BACKEND": "pagecache.frontend.PageCacheBackend"},
    **WAGTAILFRONTENDCACHE,
}

# Security: on unless switched off for a plain-HTTP local run.
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", not DEBUG)
SECURE_PROXY_SSL_HEADER = (
    ("HTTP_X_FORWARDED_PROTO", "https") if env_bool("TRUST_X_FORWARDED_PROTO", False) else None
)
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 0 if DEBUG else 60 * 60 * 24 * 365)
# On by default (check --deploy asks for both); switch off while a subdomain
# still serves plain HTTP, or before the domain may go on browsers' preload list.
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SESSION_COOKIE_SECURE = env_bool("SECURE_COOKIES", not DEBUG)
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
SESSION_COOKIE_HTTPONLY = True
# Nothing is framed but Wagtail's previews, whose views set SAMEORIGIN themselves.
X_FRAME_OPTIONS = "DENY"
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

EMAIL_BACKEND = env_str(
    "EMAIL_BACKEND",
    "django.core.mail.backends.console.EmailBackend"
    if DEBUG
    else "django.core.mail.backends.smtp.EmailBackend",
)
EMAIL_HOST = env_str("EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("EMAIL_PORT", 25)
EMAIL_HOST_USER = env_str("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "no-reply@citiesnetwork.example")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(levelname)s %(name)s: %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "INFO")},
    "loggers": {
        "elastic_transport": {"level": "WARNING"},
        "django_tasks": {"level": "WARNING"},
        "django.request": {"level": "ERROR"},
        # django-axes logs every login at INFO; lock-outs are warnings.
        "axes": {"level": "WARNING"},
    },
}

# Translation workflow (docs/translation.md). Submitting a page for translation
# saves a draft, never a published copy: translations are moderated like any page.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
# Machine translation: DeepL when its key is set, else LibreTranslate when its
# URL is set, else none (the translation editor then offers no machine button).
DEEPL_API_KEY = env_str("DEEPL_API_KEY")
LIBRETRANSLATE_URL = env_str("LIBRETRANSLATE_URL")
if DEEPL_API_KEY:
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "wagtail_localize.machine_translators.deepl.DeepLTranslator",
        "OPTIONS": {"AUTH_KEY": DEEPL_API_KEY},
    }
elif LIBRETRANSLATE_URL:
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "wagtail_localize.machine_translators.libretranslate.LibreTranslator",
        "OPTIONS": {
            "LIBRETRANSLATE_URL": LIBRETRANSLATE_URL.rstrip("/"),
            "API_KEY": env_str("LIBRETRANSLATE_API_KEY", ""),
            "TIMEOUT": env_int("MACHINE_TRANSLATION_TIMEOUT", 10),
        },
    }
else:
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = None

# Wagtail.
WAGTAIL_SITE_NAME = "Cities Network for Integration"
# The site's public address: every absolute URL it writes (API, exports,
# feeds, JSON-LD, e-mails) points there (core/addresses.py; a system check
# refuses localhost with DEBUG off).
# The default follows PORT, as `make run` does.
WAGTAILADMIN_BASE_URL = env_str(
    "WAGTAILADMIN_BASE_URL", f"http://127.0.0.1:{env_str('PORT') or '8000'}"
)
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx", "zip"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
# Documents are always served through Wagtail's view, which checks privacy
# (security/documents.py); the web server must not serve MEDIA_ROOT/documents.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
# Photos of people and places: 50 megapixels is more than a 45 MP camera
# makes. A small file can hold a huge image (a decompression bomb) that
# costs a worker gigabytes to resize; Wagtail's upload form refuses it, and
# Pillow refuses to decode one twice this size that came in another way
# (security/apps.py).
WAGTAILIMAGES_MAX_IMAGE_PIXELS = env_int("WAGTAILIMAGES_MAX_IMAGE_PIXELS", 50_000_000)
WAGTAIL_ENABLE_UPDATE_CHECK = False
# Editors' e-mail hashes are not sent to a third party (Gravatar) for avatars.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_MODERATION_ENABLED = True
WAGTAIL_WORKFLOW_ENABLED = True
WAGTAILADMIN_COMMENTS_ENABLED = True
# Draftail named by its field's label for screen readers (core/rich_text.py).
WAGTAILADMIN_RICH_TEXT_EDITORS = {
    "default": {"WIDGET": "core.rich_text.LabelledDraftailRichTextArea"},
}
WAGTAILSEARCH_HITS_MAX_AGE = 30

# Search: Elasticsearch when ELASTICSEARCH_URL is set, the database otherwise.
# The database index is always kept, so a search can fall back to it.
ELASTICSEARCH_URL = env_str("ELASTICSEARCH_URL")
ELASTICSEARCH_INDEX_PREFIX = env_str("ELASTICSEARCH_INDEX_PREFIX", "citynet_")
ELASTICSEARCH_TIMEOUT = env_int("ELASTICSEARCH_TIMEOUT", 5)
# Seconds a process answers from the database after Elasticsearch failed.
ELASTICSEARCH_RETRY_AFTER = env_int("ELASTICSEARCH_RETRY_AFTER", 5)
_database_search = {"BACKEND": "search.backends.database"}
if ELASTICSEARCH_URL:
    WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": "search.backends.elasticsearch",
            "URLS": [ELASTICSEARCH_URL],
            "INDEX_PREFIX": ELASTICSEARCH_INDEX_PREFIX,
            "TIMEOUT": ELASTICSEARCH_TIMEOUT,
        },
        "database": _database_search,
    }
    SEARCH_DATABASE_BACKEND = "database"
else:
    WAGTAILSEARCH_BACKENDS = {"default": _database_search}
    SEARCH_DATABASE_BACKEND = "default"

# Content-Security-Policy (security/middleware.py, docs/security.md). The
# public site has no inline code: one policy for every response, so a cached
# page stays valid. The admin gets what Wagtail's templates need.
_media_origins = env_list("CSP_MEDIA_ORIGINS")  # e.g. an object storage's origin
CSP_PUBLIC = {
    "default-src": ["'self'"],
    "script-src": ["'self'"],
    "style-src": ["'self'"],
    "img-src": ["'self'", "data:", *_media_origins],
    "font-src": ["'self'"],
    "connect-src": ["'self'"],
    "media-src": ["'self'", *_media_origins],
    "object-src": ["'none'"],
    "frame-src": ["'none'"],
    "frame-ancestors": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
}
CSP_ADMIN = {
    "default-src": ["'self'"],
    "script-src": ["'self'", "'unsafe-inline'"],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:", *_media_origins],
    "font-src": ["'self'", "data:"],
    "connect-src": ["'self'"],
    "media-src": ["'self'", *_media_origins],
    "object-src": ["'none'"],
    "frame-src": ["'self'"],
    "frame-ancestors": ["'self'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
}
CSP_ADMIN_PATH_PREFIXES = ["/admin/"]
CSP_REPORT_ONLY = env_bool("CSP_REPORT_ONLY", False)
PERMISSIONS_POLICY_DENY = [
    "accelerometer",
    "autoplay",
    "browsing-topics",
    "camera",
    "display-capture",
    "geolocation",
    "gyroscope",
    "magnetometer",
    "microphone",
    "midi",
    "payment",
    "usb",
]


# Rate limits per client address (security/ratelimit.py, docs/security.md):
# RATELIMIT_<NAME>="<requests>/<seconds>" in the environment.
def _rate(name, default):
    raw = env_str(f"RATELIMIT_{name.upper()}", default)
    try:
        count, seconds = (int(part) for part in raw.split("/"))
    except ValueError as error:
        raise ImproperlyConfigured(f"RATELIMIT_{name.upper()} must be N/SECONDS") from error
    return count, seconds


RATELIMIT_ENABLED = env_bool("RATELIMIT_ENABLED", True)
RATELIMIT_PROXY_COUNT = PROXY_COUNT
RATELIMITS = {
    "search": _rate("search", "60/60"),
    "suggest": _rate("suggest", "120/60"),
    "export": _rate("export", "10/60"),
    "api": _rate("api", "120/60"),
    "feed": _rate("feed", "60/60"),
    "login": _rate("login", "30/900"),  # per address, across usernames
    # Per requesting address only: a quota per account could be used up by
    # anyone, and the real user's request would then send nothing.
    "reset_address": _rate("reset_address", "5/3600"),
}
# Anonymous requests to routes that run the search or build a file; the
# first pattern that matches counts.
RATELIMIT_PUBLIC_PATHS = {
    "suggest": r"^/[\w-]+/search/suggest/$",
    # The site search and the library (the same search with the practice kind fixed).
    "search": r"^/[\w-]+/(?:search|practices)/$",
    # Exports, calendars and whole-library downloads (the router's file-like paths).
    "export": r"^/[\w-]+/(?:[\w-]+/)+[\w-]+\.(?:csv|json|ics)/?$",
    "feed": r"^/(?:[\w-]+/(?:data/feeds/|(?:[\w-]+/)*feed/)|sitemap\.xml$)",
    "api": r"^/api/",
}

vcl 4.1;
# The CELCIS website behind Varnish 7.1 (Debian's `varnish`): docs/varnish.md.
#
# Anonymous pages are shared, keyed on the address and the visitor's consent
# state only; anything personal (a session, a POST, the admin, search, the
# cookie settings) goes straight to the site. The app servers, their health
# probe and the addresses allowed to purge come from celcis-backends.vcl,
# written by deploy/varnish/varnishd.py from the list of app servers.

import std;
import directors;

include "celcis-backends.vcl";

# Addresses answered by the site itself every time (as PAGE_CACHE_EXCLUDED_PATHS).
# /cookies/ and the consent endpoint show or record one visitor's choice.
sub celcis_never_cached {
    if (req.url ~ "^/(admin|search|documents|cookie-consent|cookies|healthz)(/|\?|$)") {
        return (pass);
    }
}

sub vcl_recv {
    set req.backend_hint = app_servers.backend();
    # Set here only, never taken from a visitor.
    unset req.http.X-Consent-Key;
    unset req.http.X-Cache-Stale;

    if (req.method == "PURGE" || req.method == "BAN") {
        if (client.ip !~ purgers) {
            return (synth(403, "Purging is for the app servers only"));
        }
        # Whatever an editor changed can show on any page (listings, related
        # articles, navigation, footer, sitemap, feeds): drop every page, as the
        # site's own page cache does with its generation. Static files are
        # named by their content and stay.
        ban("obj.http.X-Url !~ ^/static/");
        return (synth(200, "Purged"));
    }

    # While every app server is down, keep serving what we have for a day;
    # otherwise at most 10 seconds past its freshness, while it is refetched.
    if (std.healthy(req.backend_hint)) {
        set req.grace = 10s;
    }

    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    call celcis_never_cached;
    # Signed-in staff (a session) and a message waiting to be shown see their own page.
    if (req.http.Authorization || req.http.Cookie ~ "(^|;)\s*(sessionid|messages)=") {
        return (pass);
    }

    if (req.url ~ "^/static/") {
        # The same file for everyone.
        unset req.http.Cookie;
        set req.http.X-Consent-Key = "";
    } else if (req.http.Cookie ~ "(^|;)\s*celcis_cookie_consent=[^;|]*\|") {
        # Keep the consent cookie only (the site needs its signature), key on
        # its readable state, the part before the "|".
        set req.http.X-Consent-Key = regsub(
            req.http.Cookie, "^(.*;)?\s*celcis_cookie_consent=([^;|]*)\|.*$", "\2");
        set req.http.Cookie = "celcis_cookie_consent=" + regsub(
            req.http.Cookie, "^(.*;)?\s*celcis_cookie_consent=([^;]*).*$", "\2");
    } else {
        set req.http.X-Consent-Key = "undecided";
        unset req.http.Cookie;
    }
    return (hash);
}

sub vcl_hash {
    hash_data(req.url);
    if (req.http.Host) {
        hash_data(req.http.Host);
    } else {
        hash_data(server.ip);
    }
    if (req.http.X-Forwarded-Proto) {
        hash_data(req.http.X-Forwarded-Proto);
    }
    hash_data("consent:" + req.http.X-Consent-Key);
    return (lookup);
}

sub vcl_hit {
    if (obj.ttl <= 0s) {
        set req.http.X-Cache-Stale = "1";
    }
}

sub vcl_backend_response {
    # For the ban on purge (lurker-friendly: it reads only the stored object).
    set beresp.http.X-Url = bereq.url;
    if (bereq.uncacheable) {
        # Passed straight through: delivered exactly as the site sent it, never compressed here.
        return (deliver);
    }
    if (beresp.http.Set-Cookie
        || beresp.http.Cache-Control ~ "(?i)(private|no-store|no-cache)"
        || beresp.http.Surrogate-Control ~ "(?i)no-store"
        || beresp.http.Vary == "*"
        || beresp.status >= 500
        || beresp.ttl <= 0s
        # The site rendered for another consent state than the key (an expired,
        # outdated or forged cookie is "undecided" to the site): never store
        # that under the key, or visitors in that state would see the wrong banner.
        || (beresp.http.X-Consent-State && beresp.http.X-Consent-State != bereq.http.X-Consent-Key)) {
        set beresp.uncacheable = true;
        set beresp.ttl = 0s;
        return (deliver);
    }
    set beresp.grace = 24h;
    # Only shared responses are compressed: they hold nothing secret, so a
    # compression side channel (BREACH) has nothing to find. Passed responses
    # (admin, forms with tokens) are left as they are.
    if (beresp.http.Content-Type ~ "^(text/|application/(xml|rss\+xml|atom\+xml|json|javascript|manifest\+json))") {
        set beresp.do_gzip = true;
    }
    return (deliver);
}

sub vcl_pass {
    set req.http.X-Cache-Pass = "1";
}

sub vcl_deliver {
    if (req.http.X-Cache-Pass) {
        set resp.http.X-Cache = "pass";
    } else if (obj.uncacheable) {
        set resp.http.X-Cache = "uncacheable";
    } else if (req.http.X-Cache-Stale && !std.healthy(req.backend_hint)) {
        set resp.http.X-Cache = "stale: app servers unreachable";
    } else if (req.http.X-Cache-Stale) {
        set resp.http.X-Cache = "stale: refreshing";
    } else if (obj.hits > 0) {
        set resp.http.X-Cache = "hit";
    } else {
        set resp.http.X-Cache = "miss";
    }
    unset resp.http.X-Url;
    unset resp.http.X-Consent-State;
}

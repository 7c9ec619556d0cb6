//! What every response carries and what every request must respect, as tower layers
//! around the whole router: the security headers (also on redirects, 404s, 405s, errors
//! and the API), the request timeout, the limits on headers, URL and body, the
//! concurrency limit, and the methods a page or file answers. Limits on the connection
//! itself (header-read timeout, buffer size, connection count) are in [`crate::serve`],
//! where hyper exposes them.

use axum::body::Body;
use axum::extract::Request;
use axum::http::{header, HeaderValue, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use std::time::Duration;

/// The portal's Content-Security-Policy: everything from the site itself, the wasm
/// compiled (`'wasm-unsafe-eval'`, which allows WebAssembly compilation and nothing
/// else), no inline script or style, no eval, no plugins, no `<base>`, forms only to
/// the site, and no framing (clickjacking).
pub const CONTENT_SECURITY_POLICY: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; \
style-src 'self'; img-src 'self'; font-src 'self'; connect-src 'self'; media-src 'self'; \
object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/// Powerful features a portal never uses, denied to the page and anything it embeds.
/// Only names Chromium recognises: an unknown one is logged as an error in the console.
pub const PERMISSIONS_POLICY: &str = "accelerometer=(), autoplay=(), camera=(), display-capture=(), \
encrypted-media=(), geolocation=(), gyroscope=(), hid=(), idle-detection=(), magnetometer=(), \
microphone=(), midi=(), payment=(), publickey-credentials-get=(), screen-wake-lock=(), serial=(), \
usb=(), xr-spatial-tracking=()";

/// HSTS, for deployments behind TLS only (`--hsts`): sent over plain HTTP on a test
/// machine it would be ignored, but sent by mistake from a name that is not yet on TLS
/// everywhere it would lock readers out of its subdomains for a year.
pub const STRICT_TRANSPORT_SECURITY: &str = "max-age=31536000; includeSubDomains";

/// Limits of one deployment; the defaults suit the portal behind a proxy.
#[derive(Clone, Debug)]
pub struct Limits {
    /// Time a client has to send a request's headers (slowloris).
    pub header_read_timeout: Duration,
    /// Time from a request's headers to the end of its response's headers.
    pub request_timeout: Duration,
    /// Bytes of all request headers together, above which the answer is 431.
    pub max_header_bytes: usize,
    /// Bytes of the request target (path and query), above which the answer is 414.
    pub max_uri_bytes: usize,
    /// Bytes of a request body (a mailbox letter is a few KB), above which 413.
    pub max_body_bytes: usize,
    /// Open connections; the accept loop waits for one to close beyond this.
    pub max_connections: usize,
    /// Requests handled at once; the others wait their turn.
    pub max_concurrent_requests: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            header_read_timeout: Duration::from_secs(10),
            request_timeout: Duration::from_secs(30),
            max_header_bytes: 8 * 1024,
            max_uri_bytes: 4 * 1024,
            max_body_bytes: 64 * 1024,
            max_connections: 1024,
            max_concurrent_requests: 256,
        }
    }
}

/// 431 when the headers are larger than `max_header_bytes`, 414 when the target is
/// longer than `max_uri_bytes`. hyper's own buffer limit ([`crate::serve`]) stops far
/// larger heads before they are parsed; this answers the ones in between with a
/// response that carries the security headers.
pub async fn limit_head(limits: axum::extract::State<Limits>, request: Request, next: Next) -> Response {
    let header_bytes: usize = request.headers().iter().map(|(n, v)| n.as_str().len() + v.len() + 4).sum();
    if header_bytes > limits.max_header_bytes {
        return StatusCode::REQUEST_HEADER_FIELDS_TOO_LARGE.into_response();
    }
    let uri_bytes = request.uri().path_and_query().map_or(0, |p| p.as_str().len());
    if uri_bytes > limits.max_uri_bytes {
        return StatusCode::URI_TOO_LONG.into_response();
    }
    next.run(request).await
}

/// Pages and files answer GET and HEAD; anything else is 405 with `Allow`, rather than
/// the page (a POST to a page is a mistake or a probe, never a form of this site's).
pub async fn only_get_and_head(request: Request, next: Next) -> Response {
    if request.method() == Method::GET || request.method() == Method::HEAD {
        return next.run(request).await;
    }
    method_not_allowed()
}

/// 405 with `Allow: GET, HEAD`.
pub fn method_not_allowed() -> Response {
    let mut response = (StatusCode::METHOD_NOT_ALLOWED, Body::from("method not allowed")).into_response();
    response.headers_mut().insert(header::ALLOW, HeaderValue::from_static("GET, HEAD"));
    response
}

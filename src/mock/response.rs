//! What the mock server answers: scripted responses, Alibaba-style error bodies, and the
//! conversion to a hyper response.

use bytes::Bytes;
use http_body_util::Full;
use hyper::header::{HeaderName, HeaderValue, CONTENT_TYPE};
use hyper::{Response, StatusCode};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

/// One scripted answer: status, headers, body and an optional delay before answering.
///
/// Build one with [`MockResponse::error`], [`MockResponse::json`] or [`MockResponse::raw`],
/// add headers with [`MockResponse::header`] and a delay with [`MockResponse::delay`], then
/// queue it with [`MockServer::script`](super::MockServer::script).
///
/// ```
/// use alibabacloud::mock::MockResponse;
/// use std::time::Duration;
///
/// let throttled = MockResponse::error(429, "Throttling.User", "Request was denied due to user flow control.")
///     .header("x-acs-trace", "t-1")
///     .delay(Duration::from_millis(50));
/// assert_eq!(throttled.status(), 429);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MockResponse {
    status: u16,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
    delay: Option<Duration>,
}

impl MockResponse {
    /// A standard Alibaba Cloud error: `status` with the JSON body
    /// `{"RequestId","HostId","Code","Message","Recommend"}` and a fresh request id.
    pub fn error(status: u16, code: &str, message: &str) -> MockResponse {
        MockResponse::json(status, error_body(code, message))
    }

    /// `status` with a JSON body (`Content-Type: application/json`), sent as given.
    pub fn json(status: u16, body: impl Into<String>) -> MockResponse {
        MockResponse::raw(status, "application/json", body.into())
    }

    /// `status` with any body and content type: use it for HTML error pages, truncated JSON
    /// and other answers a client must survive.
    pub fn raw(status: u16, content_type: &str, body: impl Into<Vec<u8>>) -> MockResponse {
        MockResponse {
            status,
            headers: vec![("content-type".to_string(), content_type.to_string())],
            body: body.into(),
            delay: None,
        }
    }

    /// Adds a response header (a second `content-type` replaces the first). Names or values
    /// that are not valid HTTP are left out of the response.
    pub fn header(mut self, name: &str, value: &str) -> MockResponse {
        if name.eq_ignore_ascii_case("content-type") {
            self.headers.retain(|(n, _)| !n.eq_ignore_ascii_case("content-type"));
        }
        self.headers.push((name.to_string(), value.to_string()));
        self
    }

    /// Waits this long before answering (the request is recorded first). Use it to test timeouts.
    pub fn delay(mut self, delay: Duration) -> MockResponse {
        self.delay = Some(delay);
        self
    }

    /// The HTTP status (a status outside 100..=999 is sent as 500).
    pub fn status(&self) -> u16 {
        self.status
    }

    /// The body as it will be sent.
    pub fn body(&self) -> &[u8] {
        &self.body
    }

    /// The headers as they will be sent (before invalid ones are left out).
    pub fn headers(&self) -> &[(String, String)] {
        &self.headers
    }

    pub(crate) fn delay_duration(&self) -> Option<Duration> {
        self.delay
    }

    pub(crate) fn into_hyper(self) -> Response<Full<Bytes>> {
        let mut response = Response::new(Full::new(Bytes::from(self.body)));
        *response.status_mut() = StatusCode::from_u16(self.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        let headers = response.headers_mut();
        for (name, value) in &self.headers {
            if let (Ok(name), Ok(value)) = (HeaderName::from_bytes(name.as_bytes()), HeaderValue::from_str(value)) {
                if name == CONTENT_TYPE {
                    headers.insert(name, value);
                } else {
                    headers.append(name, value);
                }
            }
        }
        response
    }
}

/// The JSON error body Alibaba Cloud sends, with a fresh request id.
pub(crate) fn error_body(code: &str, message: &str) -> String {
    serde_json::json!({
        "RequestId": request_id(),
        "HostId": "127.0.0.1",
        "Code": code,
        "Message": message,
        "Recommend": format!("https://api.aliyun.com/troubleshoot?q={}", crate::signing::percent_encode(code)),
    })
    .to_string()
}

/// A fresh UUID-shaped request id (uppercase hex, 8-4-4-4-12), like the service's.
pub(crate) fn request_id() -> String {
    static FALLBACK: AtomicU64 = AtomicU64::new(1);
    // Without an OS random source, a counter still gives distinct ids within this process.
    let hex = crate::signing::nonce()
        .unwrap_or_else(|_| format!("{:032x}", FALLBACK.fetch_add(1, Ordering::Relaxed)))
        .to_ascii_uppercase();
    let part = |range: std::ops::Range<usize>| hex.get(range).unwrap_or("0");
    format!(
        "{}-{}-{}-{}-{}",
        part(0..8),
        part(8..12),
        part(12..16),
        part(16..20),
        part(20..32)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn error_body_has_every_field_and_fresh_ids() {
        let a: serde_json::Value = serde_json::from_str(&error_body("Throttling", "slow down")).unwrap();
        let b: serde_json::Value = serde_json::from_str(&error_body("Throttling", "slow down")).unwrap();
        assert_eq!(a["Code"], "Throttling");
        assert_eq!(a["Message"], "slow down");
        assert_eq!(a["HostId"], "127.0.0.1");
        assert_eq!(a["Recommend"], "https://api.aliyun.com/troubleshoot?q=Throttling");
        let id = a["RequestId"].as_str().unwrap();
        assert_eq!(id.len(), 36);
        assert_eq!(id.split('-').map(str::len).collect::<Vec<_>>(), [8, 4, 4, 4, 12]);
        assert_ne!(a["RequestId"], b["RequestId"]);
    }

    #[test]
    fn headers_replace_content_type_and_skip_invalid() {
        let response = MockResponse::json(503, "{}")
            .header("Content-Type", "text/html")
            .header("bad name", "x")
            .header("x-ok", "1")
            .into_hyper();
        assert_eq!(response.status(), 503);
        assert_eq!(response.headers()["content-type"], "text/html");
        assert_eq!(response.headers()["x-ok"], "1");
        assert_eq!(response.headers().len(), 2);
        assert_eq!(MockResponse::raw(1000, "text/plain", "x").into_hyper().status(), 500);
    }
}

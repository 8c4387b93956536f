//! The error model: the service said no, the request was invalid, no credentials,
//! transport, timeout, or a response that could not be read.

use std::fmt;

/// Everything a call can fail with. `E` is the operation's own error enum.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error<E> {
    /// The service answered with an error code; `E` names the documented ones.
    #[error("{0}")]
    Service(E),
    /// The request was rejected before anything was sent.
    #[error("invalid request: {0}")]
    InvalidRequest(#[from] InvalidRequest),
    /// No credentials could be found, or the provider failed.
    #[error("no credentials: {0}")]
    NoCredentials(#[from] CredentialsError),
    /// The request did not complete: connect, DNS, TLS, reset.
    #[error("transport error: {0}")]
    Transport(#[from] TransportError),
    /// The call took longer than allowed.
    #[error("timed out: {0}")]
    Timeout(#[from] TimeoutError),
    /// The service answered, but the response could not be read.
    #[error("unreadable response: {0}")]
    Response(#[from] ResponseError),
}

impl<E: OperationError> Error<E> {
    /// The operation's typed error, when the service said no.
    pub fn as_service_error(&self) -> Option<&E> {
        match self {
            Error::Service(error) => Some(error),
            _ => None,
        }
    }

    /// The operation's typed error, when the service said no.
    pub fn into_service_error(self) -> Option<E> {
        match self {
            Error::Service(error) => Some(error),
            _ => None,
        }
    }

    fn service(&self) -> Option<&ServiceError> {
        self.as_service_error().map(OperationError::service_error)
    }

    /// The service's error code, when the service said no.
    pub fn code(&self) -> Option<&str> {
        self.service().map(ServiceError::code)
    }
    /// The service's message, when the service said no.
    pub fn message(&self) -> Option<&str> {
        self.service().and_then(ServiceError::message)
    }
    /// The request id, when the service answered.
    pub fn request_id(&self) -> Option<&str> {
        self.service().and_then(ServiceError::request_id)
    }
    /// The service's host id, when it sent one.
    pub fn host_id(&self) -> Option<&str> {
        self.service().and_then(ServiceError::host_id)
    }
    /// The diagnosis link the service recommends, when it sent one.
    pub fn recommend(&self) -> Option<&str> {
        self.service().and_then(ServiceError::recommend)
    }
    /// The HTTP status, whenever a response arrived (service error or unreadable body).
    pub fn status(&self) -> Option<u16> {
        match self {
            Error::Service(error) => Some(error.service_error().status()),
            Error::Response(error) => Some(error.status),
            _ => None,
        }
    }
}

/// Implemented by every generated `<Action>Error` enum: how it is built from a
/// [`ServiceError`] (by code) and how to get the details back.
pub trait OperationError: fmt::Debug + fmt::Display + Sized {
    /// Picks the variant for the error's code; unknown codes give the fallback.
    fn from_service_error(error: ServiceError) -> Self;
    /// The details every variant carries.
    fn service_error(&self) -> &ServiceError;

    fn code(&self) -> &str {
        self.service_error().code()
    }
    fn message(&self) -> Option<&str> {
        self.service_error().message()
    }
    fn request_id(&self) -> Option<&str> {
        self.service_error().request_id()
    }
    fn status(&self) -> u16 {
        self.service_error().status()
    }
    fn host_id(&self) -> Option<&str> {
        self.service_error().host_id()
    }
    fn recommend(&self) -> Option<&str> {
        self.service_error().recommend()
    }
}

/// An error response from the service: HTTP status and the JSON body's fields.
#[derive(Clone, PartialEq)]
pub struct ServiceError {
    pub(crate) status: u16,
    pub(crate) code: String,
    pub(crate) message: Option<String>,
    pub(crate) request_id: Option<String>,
    pub(crate) host_id: Option<String>,
    pub(crate) recommend: Option<String>,
    pub(crate) access_denied_detail: Option<serde_json::Value>,
}

impl ServiceError {
    /// Builds an error by hand, for tests of code that handles errors.
    pub fn new(status: u16, code: impl Into<String>) -> Self {
        ServiceError {
            status,
            code: code.into(),
            message: None,
            request_id: None,
            host_id: None,
            recommend: None,
            access_denied_detail: None,
        }
    }
    /// Sets the message (builder style).
    pub fn with_message(mut self, message: impl Into<String>) -> Self {
        self.message = Some(message.into());
        self
    }
    /// Sets the request id (builder style).
    pub fn with_request_id(mut self, request_id: impl Into<String>) -> Self {
        self.request_id = Some(request_id.into());
        self
    }
    pub fn code(&self) -> &str {
        &self.code
    }
    pub fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }
    pub fn request_id(&self) -> Option<&str> {
        self.request_id.as_deref()
    }
    pub fn host_id(&self) -> Option<&str> {
        self.host_id.as_deref()
    }
    pub fn recommend(&self) -> Option<&str> {
        self.recommend.as_deref()
    }
    pub fn status(&self) -> u16 {
        self.status
    }
    /// `AccessDeniedDetail`, sent with `NoPermission` errors: which policy denied what.
    pub fn access_denied_detail(&self) -> Option<&serde_json::Value> {
        self.access_denied_detail.as_ref()
    }
}

impl fmt::Debug for ServiceError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ServiceError")
            .field("status", &self.status)
            .field("code", &self.code)
            .field("message", &self.message)
            .field("request_id", &self.request_id)
            .field("host_id", &self.host_id)
            .field("recommend", &self.recommend)
            .field("access_denied_detail", &self.access_denied_detail)
            .finish()
    }
}

impl fmt::Display for ServiceError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} (HTTP {})", self.code, self.status)?;
        if let Some(message) = &self.message {
            write!(f, ": {message}")?;
        }
        if let Some(request_id) = &self.request_id {
            write!(f, " [request id {request_id}]")?;
        }
        Ok(())
    }
}

impl std::error::Error for ServiceError {}

/// The request was rejected before anything was sent.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum InvalidRequest {
    #[error("missing required parameter `{name}` of {action}")]
    MissingParameter { action: &'static str, name: &'static str },
    #[error("parameter `{name}` of {action} could not be encoded as JSON: {reason}")]
    Encoding {
        action: &'static str,
        name: String,
        reason: String,
    },
    #[error("invalid configuration: {0}")]
    Config(String),
}

/// Why credentials could not be had.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{message}")]
pub struct CredentialsError {
    pub(crate) message: String,
}

impl CredentialsError {
    pub fn new(message: impl Into<String>) -> Self {
        CredentialsError {
            message: message.into(),
        }
    }
}

/// The request failed in transit. `sent` says whether it may have reached the service.
#[derive(Debug, thiserror::Error)]
#[error("{kind} ({url}): {source}")]
pub struct TransportError {
    pub(crate) kind: TransportErrorKind,
    pub(crate) url: String,
    #[source]
    pub(crate) source: Box<dyn std::error::Error + Send + Sync>,
}

impl TransportError {
    pub fn kind(&self) -> TransportErrorKind {
        self.kind
    }
}

/// Where in the exchange a transport error happened.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum TransportErrorKind {
    /// Before the request was sent: DNS, connect, TLS handshake. Safe to retry.
    Connect,
    /// After the request may have been sent: reset, broken body.
    AfterSend,
}

impl fmt::Display for TransportErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            TransportErrorKind::Connect => "could not connect",
            TransportErrorKind::AfterSend => "connection failed after the request was sent",
        })
    }
}

/// The call took longer than its limit.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{what} after {after:?}")]
pub struct TimeoutError {
    pub(crate) what: &'static str,
    pub(crate) after: std::time::Duration,
}

/// The service answered but the response could not be read: keeps status and the body's start.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("HTTP {status}: {reason}; body starts {excerpt:?}")]
pub struct ResponseError {
    pub status: u16,
    pub reason: String,
    pub excerpt: String,
}

/// How many bytes of an unreadable body an error keeps.
pub(crate) const EXCERPT_BYTES: usize = 256;

impl ResponseError {
    pub(crate) fn new(status: u16, reason: impl Into<String>, body: &[u8]) -> Self {
        let end = body.len().min(EXCERPT_BYTES);
        ResponseError {
            status,
            reason: reason.into(),
            excerpt: String::from_utf8_lossy(&body[..end]).into_owned(),
        }
    }
}

/// The JSON body of an error response.
#[derive(serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
struct ErrorBody {
    code: Option<String>,
    message: Option<String>,
    request_id: Option<String>,
    host_id: Option<String>,
    recommend: Option<String>,
    access_denied_detail: Option<serde_json::Value>,
}

/// Reads an error response (status >= 400). A body that is not the service's JSON error
/// keeps its status and first bytes in a [`ResponseError`].
pub(crate) fn parse_error_body(status: u16, body: &[u8]) -> Result<ServiceError, ResponseError> {
    let parsed: ErrorBody = serde_json::from_slice(body)
        .map_err(|err| ResponseError::new(status, format!("expected a JSON error body: {err}"), body))?;
    let code = parsed
        .code
        .filter(|c| !c.is_empty())
        .ok_or_else(|| ResponseError::new(status, "expected a JSON error body with a `Code` field", body))?;
    Ok(ServiceError {
        status,
        code,
        message: parsed.message,
        request_id: parsed.request_id,
        host_id: parsed.host_id,
        recommend: parsed.recommend,
        access_denied_detail: parsed.access_denied_detail,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_the_service_error_body() {
        let body = br#"{"RequestId":"R1","HostId":"h","Code":"Throttling","Message":"slow down","Recommend":"https://x","AccessDeniedDetail":{"PolicyType":"Custom"}}"#;
        let error = parse_error_body(429, body).unwrap();
        assert_eq!(error.code(), "Throttling");
        assert_eq!(error.message(), Some("slow down"));
        assert_eq!(error.request_id(), Some("R1"));
        assert_eq!(error.host_id(), Some("h"));
        assert_eq!(error.recommend(), Some("https://x"));
        assert_eq!(error.status(), 429);
        assert_eq!(error.access_denied_detail().unwrap()["PolicyType"], "Custom");
        assert_eq!(error.to_string(), "Throttling (HTTP 429): slow down [request id R1]");
    }

    #[test]
    fn html_body_keeps_status_and_excerpt() {
        let error = parse_error_body(503, b"<html>Service Unavailable</html>").unwrap_err();
        assert_eq!(error.status, 503);
        assert_eq!(error.excerpt, "<html>Service Unavailable</html>");
        assert!(error.to_string().contains("HTTP 503"));
    }

    #[test]
    fn json_without_code_is_unreadable() {
        let error = parse_error_body(500, b"{}").unwrap_err();
        assert!(error.reason.contains("`Code`"));
    }

    #[test]
    fn excerpt_is_bounded() {
        let body = vec![b'x'; 10_000];
        assert_eq!(ResponseError::new(500, "r", &body).excerpt.len(), EXCERPT_BYTES);
    }
}

//! What the mock server records about each request it receives.

use std::fmt;

/// Which signature a request carried.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SignatureKind {
    /// `Authorization: ACS3-HMAC-SHA256 ...` (the default).
    V3,
    /// The older RPC signature: HMAC-SHA1 in the `Signature` query parameter.
    V1,
}

/// One request as the mock server received it, whether it was answered or rejected.
///
/// `Debug` redacts the security token and the values of parameters the API marks sensitive
/// (such as a phone number); the fields themselves hold everything as received.
#[derive(Clone, PartialEq, Eq)]
pub struct RecordedRequest {
    /// HTTP method, e.g. `POST`.
    pub method: String,
    /// The URL path, e.g. `/`.
    pub path: String,
    /// Query parameters, percent-decoded (`+` decodes to a space), in the order sent.
    pub query: Vec<(String, String)>,
    /// Parameters of a form-encoded body (`application/x-www-form-urlencoded`), decoded like
    /// `query`; empty for any other body. Some clients send RPC parameters there.
    pub form: Vec<(String, String)>,
    /// Headers with lowercase names, in the order sent.
    pub headers: Vec<(String, String)>,
    /// The request body (empty for RPC calls).
    pub body: Vec<u8>,
    /// The action: the `x-acs-action` header (V3) or the `Action` parameter (V1).
    pub action: Option<String>,
    /// The API version: the `x-acs-version` header (V3) or the `Version` parameter (V1).
    pub version: Option<String>,
    /// Which signature the request carried, if any.
    pub signature: Option<SignatureKind>,
    /// The STS token: the `x-acs-security-token` header or the `SecurityToken` parameter.
    pub security_token: Option<String>,
    /// The error code the mock answered with, if it rejected the request (e.g. `SignatureDoesNotMatch`).
    pub rejection: Option<String>,
}

impl RecordedRequest {
    /// The first value of a request parameter: from the query, else from a form-encoded body.
    pub fn param(&self, name: &str) -> Option<&str> {
        self.query
            .iter()
            .chain(&self.form)
            .find(|(key, _)| key == name)
            .map(|(_, value)| value.as_str())
    }

    /// The first value of a header; `name` is matched case-insensitively.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(key, _)| key.eq_ignore_ascii_case(name))
            .map(|(_, value)| value.as_str())
    }

    /// Every parameter, query first, then the form body.
    pub(crate) fn all_params(&self) -> impl Iterator<Item = &(String, String)> {
        self.query.iter().chain(&self.form)
    }

    /// Builds the record from the parts of a received request (no verification yet).
    pub(crate) fn new(
        method: String,
        path: String,
        raw_query: Option<&str>,
        headers: Vec<(String, String)>,
        body: Vec<u8>,
    ) -> RecordedRequest {
        let query = raw_query.map(parse_urlencoded).unwrap_or_default();
        let is_form = headers.iter().any(|(name, value)| {
            name == "content-type"
                && value
                    .trim_start()
                    .to_ascii_lowercase()
                    .starts_with("application/x-www-form-urlencoded")
        });
        let form = if is_form {
            parse_urlencoded(&String::from_utf8_lossy(&body))
        } else {
            Vec::new()
        };
        let mut request = RecordedRequest {
            method,
            path,
            query,
            form,
            headers,
            body,
            action: None,
            version: None,
            signature: None,
            security_token: None,
            rejection: None,
        };
        let authorization = request.header("authorization");
        request.signature = if authorization.is_some() {
            Some(SignatureKind::V3)
        } else if request.param("Signature").is_some() {
            Some(SignatureKind::V1)
        } else {
            None
        };
        let (action, version) = match request.signature {
            Some(SignatureKind::V1) => (request.param("Action"), request.param("Version")),
            _ => (
                request.header("x-acs-action").or_else(|| request.param("Action")),
                request.header("x-acs-version").or_else(|| request.param("Version")),
            ),
        };
        let owned = |value: Option<&str>| value.map(str::to_string);
        let (action, version) = (owned(action), owned(version));
        let security_token = owned(
            request
                .header("x-acs-security-token")
                .or_else(|| request.param("SecurityToken")),
        );
        RecordedRequest {
            action,
            version,
            security_token,
            ..request
        }
    }
}

impl fmt::Debug for RecordedRequest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let action = self.action.as_deref();
        let params = |pairs: &[(String, String)]| -> Vec<(String, String)> {
            pairs
                .iter()
                .map(|(k, v)| (k.clone(), redact_param(action, k, v)))
                .collect()
        };
        let headers: Vec<(String, String)> = self
            .headers
            .iter()
            .map(|(k, v)| {
                let hidden = k == "x-acs-security-token";
                (k.clone(), if hidden { REDACTED.to_string() } else { v.clone() })
            })
            .collect();
        f.debug_struct("RecordedRequest")
            .field("method", &self.method)
            .field("path", &self.path)
            .field("query", &params(&self.query))
            .field("form", &params(&self.form))
            .field("headers", &headers)
            .field("body", &String::from_utf8_lossy(&self.body))
            .field("action", &self.action)
            .field("version", &self.version)
            .field("signature", &self.signature)
            .field("security_token", &self.security_token.as_ref().map(|_| REDACTED))
            .field("rejection", &self.rejection)
            .finish()
    }
}

pub(crate) const REDACTED: &str = "** redacted **";

/// The value to show for parameter `key` of `action`: redacted when it is the security
/// token or belongs to a parameter that some product marks sensitive.
pub(crate) fn redact_param(action: Option<&str>, key: &str, value: &str) -> String {
    if is_sensitive(action, key) {
        REDACTED.to_string()
    } else {
        value.to_string()
    }
}

fn is_sensitive(action: Option<&str>, key: &str) -> bool {
    if key == "SecurityToken" {
        return true;
    }
    let Some(action) = action else { return false };
    crate::PRODUCTS
        .iter()
        .filter_map(|product| product.operation(action))
        .flat_map(|op| op.params.iter())
        .any(|param| param.sensitive && crate::params::is_part_of(param.name, key))
}

/// Splits `a=1&b=x+y` into decoded pairs in order; `+` is a space, `%XX` a byte (invalid
/// UTF-8 is replaced), a key without `=` has an empty value, empty segments are skipped.
pub(crate) fn parse_urlencoded(text: &str) -> Vec<(String, String)> {
    text.split('&')
        .filter(|segment| !segment.is_empty())
        .map(|segment| {
            let (key, value) = segment.split_once('=').unwrap_or((segment, ""));
            (decode(key), decode(value))
        })
        .collect()
}

fn decode(text: &str) -> String {
    let spaced = text.replace('+', " ");
    percent_encoding::percent_decode_str(&spaced)
        .decode_utf8_lossy()
        .into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urlencoded_pairs_decode_in_order() {
        let pairs = parse_urlencoded("b=x+y&a=%2B%20%2A~&&flag&c=%E4%B8%AD&d=%ZZ");
        let expected: Vec<(String, String)> = [("b", "x y"), ("a", "+ *~"), ("flag", ""), ("c", "中"), ("d", "%ZZ")]
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        assert_eq!(pairs, expected);
    }

    #[test]
    fn record_reads_v1_and_v3_fields() {
        let v1 = RecordedRequest::new(
            "POST".into(),
            "/".into(),
            Some("Action=A&Version=1&Signature=s&SecurityToken=tok"),
            vec![("x-acs-action".into(), "Other".into())],
            Vec::new(),
        );
        assert_eq!(v1.signature, Some(SignatureKind::V1));
        assert_eq!(v1.action.as_deref(), Some("A"));
        assert_eq!(v1.security_token.as_deref(), Some("tok"));
        assert!(!format!("{v1:?}").contains("\"tok\""), "{v1:?}");

        let v3 = RecordedRequest::new(
            "POST".into(),
            "/".into(),
            None,
            vec![
                ("authorization".into(), "ACS3-HMAC-SHA256 x".into()),
                ("x-acs-action".into(), "B".into()),
                ("x-acs-version".into(), "2".into()),
                (
                    "content-type".into(),
                    "application/x-www-form-urlencoded; charset=utf-8".into(),
                ),
            ],
            b"K=v+w".to_vec(),
        );
        assert_eq!(v3.signature, Some(SignatureKind::V3));
        assert_eq!((v3.action.as_deref(), v3.version.as_deref()), (Some("B"), Some("2")));
        assert_eq!(v3.param("K"), Some("v w"));
        assert_eq!(v3.header("X-ACS-ACTION"), Some("B"));
    }
}

//! The checks the mock server runs on each request, in the service's order: path, signature,
//! date, nonce, action and version, parameters (in `params.rs`). The first failure is the answer.

use super::params::check_params;
use super::request::{redact_param, RecordedRequest, SignatureKind, REDACTED};
use super::{ACCESS_KEY_ID, ACCESS_KEY_SECRET};
use crate::descriptor::{OperationDescriptor, ProductDescriptor};
use crate::signing;
use time::macros::format_description;
use time::{Duration, OffsetDateTime, PrimitiveDateTime};

/// Why a request was refused: HTTP status, Alibaba error code and a message saying what to fix.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Rejection {
    pub(crate) status: u16,
    pub(crate) code: &'static str,
    pub(crate) message: String,
}

pub(crate) fn reject<T>(status: u16, code: &'static str, message: impl Into<String>) -> Result<T, Rejection> {
    Err(Rejection {
        status,
        code,
        message: message.into(),
    })
}

/// The operation a request resolved to.
pub(crate) struct Resolved {
    pub(crate) product: &'static ProductDescriptor,
    pub(crate) operation: &'static OperationDescriptor,
}

/// How far `x-acs-date` / `Timestamp` may be from the server's clock, either way.
const MAX_CLOCK_SKEW: Duration = Duration::minutes(15);

/// Headers a V3 signature must cover.
const REQUIRED_SIGNED_HEADERS: [&str; 6] = [
    "host",
    "x-acs-action",
    "x-acs-version",
    "x-acs-date",
    "x-acs-signature-nonce",
    "x-acs-content-sha256",
];

/// Runs every check. `nonce_used` is called once a request's signature and date are good:
/// it records the nonce and says whether it had been seen before.
pub(crate) fn check(
    request: &RecordedRequest,
    now: OffsetDateTime,
    nonce_used: impl FnOnce(&str) -> bool,
) -> Result<Resolved, Rejection> {
    if request.path != "/" {
        return reject(
            404,
            "InvalidAction.NotFound",
            format!("RPC APIs are served at path `/`, not `{}`.", request.path),
        );
    }
    if request.method != "POST" && request.method != "GET" {
        return reject(
            405,
            "UnsupportedHTTPMethod",
            format!("HTTP method {} is not supported: use POST or GET.", request.method),
        );
    }
    let signed = match request.header("authorization") {
        Some(authorization) => verify_v3(request, authorization)?,
        None if request.param("Signature").is_some() => verify_v1(request)?,
        None => {
            return reject(
                400,
                "MissingParameter",
                "The request is not signed: it has neither an `Authorization` header (signature V3) nor a `Signature` parameter (signature V1).",
            )
        }
    };
    check_date(signed.date_field, signed.date, now)?;
    if nonce_used(signed.nonce) {
        return reject(
            400,
            "SignatureNonceUsed",
            format!(
                "Specified signature nonce was used already: {} `{}` must be fresh for every request.",
                signed.nonce_field, signed.nonce
            ),
        );
    }
    let resolved = resolve_operation(request, signed.kind)?;
    check_params(request, resolved.operation)?;
    Ok(resolved)
}

/// What a verified signature vouches for.
struct Signed<'a> {
    kind: SignatureKind,
    date_field: &'static str,
    date: &'a str,
    nonce_field: &'static str,
    nonce: &'a str,
}

fn verify_v3<'a>(request: &'a RecordedRequest, authorization: &str) -> Result<Signed<'a>, Rejection> {
    let malformed = |why: &str| {
        reject(
            400,
            "IncompleteSignature",
            format!("The Authorization header is malformed ({why}); expected `ACS3-HMAC-SHA256 Credential=<AccessKeyId>,SignedHeaders=<a;b;c>,Signature=<hex>`."),
        )
    };
    let Some(fields) = authorization.trim().strip_prefix("ACS3-HMAC-SHA256 ") else {
        return malformed("the algorithm is not ACS3-HMAC-SHA256");
    };
    let (mut credential, mut signed_headers, mut signature) = (None, None, None);
    for field in fields.split(',') {
        match field.trim().split_once('=') {
            Some(("Credential", value)) => credential = Some(value.trim()),
            Some(("SignedHeaders", value)) => signed_headers = Some(value.trim()),
            Some(("Signature", value)) => signature = Some(value.trim()),
            _ => {}
        }
    }
    let (Some(credential), Some(signed_headers), Some(signature)) = (credential, signed_headers, signature) else {
        return malformed("Credential, SignedHeaders or Signature is missing");
    };
    if credential != ACCESS_KEY_ID {
        return reject(
            404,
            "InvalidAccessKeyId.NotFound",
            format!("Specified access key is not found: the mock server knows only `{ACCESS_KEY_ID}`."),
        );
    }
    let names: Vec<String> = signed_headers
        .split(';')
        .map(|name| name.trim().to_ascii_lowercase())
        .filter(|name| !name.is_empty())
        .collect();
    let mut must_sign: Vec<&str> = REQUIRED_SIGNED_HEADERS.to_vec();
    if request.header("x-acs-security-token").is_some() {
        must_sign.push("x-acs-security-token");
    }
    if let Some(unsigned) = must_sign
        .iter()
        .find(|needed| !names.iter().any(|name| name == *needed))
    {
        return reject(
            400,
            "SignatureDoesNotMatch",
            format!("SignedHeaders must include `{unsigned}`; it lists `{signed_headers}`."),
        );
    }
    let mut headers = Vec::with_capacity(names.len());
    for name in &names {
        match request.header(name) {
            Some(value) => headers.push((name.clone(), value.to_string())),
            None => {
                return reject(
                    400,
                    "SignatureDoesNotMatch",
                    format!("SignedHeaders lists `{name}`, but the request has no such header."),
                )
            }
        }
    }
    // Every required header was found above, so these lookups succeed.
    let header = |name: &str| request.header(name).unwrap_or_default();
    let content_sha256 = header("x-acs-content-sha256");
    let body_sha256 = signing::sha256_hex(&request.body);
    if !content_sha256.trim().eq_ignore_ascii_case(&body_sha256) {
        return reject(
            400,
            "SignatureDoesNotMatch",
            format!(
                "x-acs-content-sha256 is `{content_sha256}`, but the SHA-256 of the {}-byte body is `{body_sha256}`.",
                request.body.len()
            ),
        );
    }
    let expected = signing::sign_v3(
        ACCESS_KEY_ID,
        ACCESS_KEY_SECRET,
        &request.method,
        "/",
        &signing::canonical_query(&request.query),
        &headers,
        content_sha256.trim(),
    );
    if !signing::signatures_match(&expected.signature, signature) {
        // Show the canonical request the server computed, with secrets and sensitive values
        // hidden, so a client author can diff it against their own.
        let action = request.action.as_deref();
        let shown_query: Vec<(String, String)> = request
            .query
            .iter()
            .map(|(k, v)| (k.clone(), redact_param(action, k, v)))
            .collect();
        let shown_headers: Vec<(String, String)> = headers
            .iter()
            .map(|(k, v)| {
                (
                    k.clone(),
                    if k == "x-acs-security-token" {
                        REDACTED.to_string()
                    } else {
                        v.clone()
                    },
                )
            })
            .collect();
        let shown = signing::sign_v3(
            ACCESS_KEY_ID,
            ACCESS_KEY_SECRET,
            &request.method,
            "/",
            &signing::canonical_query(&shown_query),
            &shown_headers,
            content_sha256.trim(),
        );
        return reject(
            400,
            "SignatureDoesNotMatch",
            format!(
                "The request signature does not conform to Aliyun standards (signed with secret `{ACCESS_KEY_SECRET}`?). Server canonical request is:\n{}",
                shown.canonical_request
            ),
        );
    }
    Ok(Signed {
        kind: SignatureKind::V3,
        date_field: "x-acs-date",
        date: header("x-acs-date"),
        nonce_field: "x-acs-signature-nonce",
        nonce: header("x-acs-signature-nonce"),
    })
}

fn verify_v1(request: &RecordedRequest) -> Result<Signed<'_>, Rejection> {
    match request.param("AccessKeyId") {
        Some(ACCESS_KEY_ID) => {}
        Some(_) => {
            return reject(
                404,
                "InvalidAccessKeyId.NotFound",
                format!("Specified access key is not found: the mock server knows only `{ACCESS_KEY_ID}`."),
            )
        }
        None => return reject(400, "MissingParameter", missing_message("AccessKeyId")),
    }
    for (name, wanted) in [("SignatureMethod", "HMAC-SHA1"), ("SignatureVersion", "1.0")] {
        match request.param(name) {
            Some(value) if value == wanted => {}
            Some(value) => {
                return reject(
                    400,
                    "IncompleteSignature",
                    format!("{name} `{value}` is not supported: signature V1 needs {name}={wanted}."),
                )
            }
            None => return reject(400, "MissingParameter", missing_message(name)),
        }
    }
    let date = required_param(request, "Timestamp")?;
    let nonce = required_param(request, "SignatureNonce")?;
    let signature = request.param("Signature").unwrap_or_default();
    let mut found_signature = false;
    let params: Vec<(String, String)> = request
        .all_params()
        .filter(|(key, _)| {
            // Only the first `Signature` is the signature; any other copy is signed data.
            let skip = key == "Signature" && !found_signature;
            found_signature |= skip;
            !skip
        })
        .cloned()
        .collect();
    let expected = signing::sign_v1(ACCESS_KEY_SECRET, &request.method, &params);
    if !signing::signatures_match(&expected.signature, signature) {
        let action = request.action.as_deref();
        let shown: Vec<(String, String)> = params
            .iter()
            .map(|(k, v)| (k.clone(), redact_param(action, k, v)))
            .collect();
        let string_to_sign = signing::sign_v1(ACCESS_KEY_SECRET, &request.method, &shown).string_to_sign;
        return reject(
            400,
            "SignatureDoesNotMatch",
            format!(
                "Specified signature is not matched with our calculation (signed with secret `{ACCESS_KEY_SECRET}&`?). Server string to sign is: {string_to_sign}"
            ),
        );
    }
    Ok(Signed {
        kind: SignatureKind::V1,
        date_field: "Timestamp",
        date,
        nonce_field: "SignatureNonce",
        nonce,
    })
}

fn required_param<'a>(request: &'a RecordedRequest, name: &str) -> Result<&'a str, Rejection> {
    match request.param(name) {
        Some(value) if !value.is_empty() => Ok(value),
        _ => reject(400, "MissingParameter", missing_message(name)),
    }
}

pub(crate) fn missing_message(name: &str) -> String {
    format!("The input parameter \"{name}\" that is mandatory for processing this request is not supplied.")
}

fn missing_sent_as(name: &str, field: &str) -> String {
    let how = if field == name {
        "parameter".to_string()
    } else {
        format!("`{field}` header")
    };
    format!("The input parameter \"{name}\" that is mandatory for processing this request is not supplied (this signature sends it as the {how}).")
}

fn check_date(field: &str, value: &str, now: OffsetDateTime) -> Result<(), Rejection> {
    let format = format_description!("[year]-[month]-[day]T[hour]:[minute]:[second]Z");
    let Ok(date) = PrimitiveDateTime::parse(value, format) else {
        return reject(
            400,
            "InvalidTimeStamp.Format",
            format!("{field} `{value}` is not a UTC time of the form YYYY-MM-DDThh:mm:ssZ."),
        );
    };
    let skew = (now - date.assume_utc()).abs();
    if skew > MAX_CLOCK_SKEW {
        return reject(
            400,
            "InvalidTimeStamp.Expired",
            format!(
                "{field} `{value}` is {} seconds away from the server's time {}; it must be within 15 minutes.",
                skew.whole_seconds(),
                signing::timestamp(now)
            ),
        );
    }
    Ok(())
}

fn resolve_operation(request: &RecordedRequest, kind: SignatureKind) -> Result<Resolved, Rejection> {
    let (action_field, version_field) = match kind {
        SignatureKind::V3 => ("x-acs-action", "x-acs-version"),
        SignatureKind::V1 => ("Action", "Version"),
    };
    let action = match request.action.as_deref() {
        Some(action) if !action.is_empty() => action,
        _ => return reject(400, "MissingParameter", missing_sent_as("Action", action_field)),
    };
    let candidates: Vec<Resolved> = crate::PRODUCTS
        .iter()
        .filter_map(|product| {
            product
                .operation(action)
                .map(|operation| Resolved { product, operation })
        })
        .collect();
    if candidates.is_empty() {
        let served: Vec<String> = crate::PRODUCTS
            .iter()
            .map(|p| format!("{} {}", p.name, p.version))
            .collect();
        let served = if served.is_empty() {
            "none: enable a product feature".to_string()
        } else {
            served.join(", ")
        };
        return reject(
            404,
            "InvalidAction.NotFound",
            format!("Specified api `{action}` is not found in any product this mock serves ({served})."),
        );
    }
    let version = match request.version.as_deref() {
        Some(version) if !version.is_empty() => version,
        _ => return reject(400, "MissingParameter", missing_sent_as("Version", version_field)),
    };
    let versions: Vec<&str> = candidates.iter().map(|c| c.product.version).collect();
    match candidates.into_iter().find(|c| c.product.version == version) {
        Some(resolved) => Ok(resolved),
        None => reject(
            400,
            "InvalidVersion",
            format!(
                "Specified version `{version}` of `{action}` is not valid: this mock serves version {}.",
                versions.join(", ")
            ),
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::mock::request::RecordedRequest;

    fn request(query: &str) -> RecordedRequest {
        RecordedRequest::new("POST".into(), "/".into(), Some(query), Vec::new(), Vec::new())
    }

    fn v1_request(method: &str, version: &str, date: &str, nonce: &str) -> RecordedRequest {
        let mut params: Vec<(String, String)> = [
            ("AccessKeyId", ACCESS_KEY_ID),
            ("Action", "SendVerificationCodeForBindSecureMobilePhone"),
            ("Format", "JSON"),
            ("SignatureMethod", method),
            ("SignatureNonce", nonce),
            ("SignatureVersion", version),
            ("Timestamp", date),
            ("Version", "2020-03-31"),
            ("AccountId", "1"),
            ("SecureMobilePhone", "xx-1"),
        ]
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
        let signature = signing::sign_v1(ACCESS_KEY_SECRET, "POST", &params).signature;
        params.push(("Signature".into(), signature));
        RecordedRequest::new(
            "POST".into(),
            "/".into(),
            Some(&signing::canonical_query(&params)),
            Vec::new(),
            Vec::new(),
        )
    }

    #[test]
    #[cfg(feature = "resourcemanager")]
    fn v1_checks_run_in_order() {
        let now = OffsetDateTime::now_utc();
        let date = signing::timestamp(now);
        let outcome = |r: &RecordedRequest, seen: bool| check(r, now, |_| seen).err().map(|r| r.code);
        assert_eq!(outcome(&v1_request("HMAC-SHA1", "1.0", &date, "n1"), false), None);
        assert_eq!(
            outcome(&v1_request("HMAC-SHA1", "1.0", &date, "n1"), true),
            Some("SignatureNonceUsed")
        );
        assert_eq!(
            outcome(&v1_request("HMAC-SHA256", "1.0", &date, "n2"), false),
            Some("IncompleteSignature")
        );
        assert_eq!(
            outcome(&v1_request("HMAC-SHA1", "2.0", &date, "n3"), false),
            Some("IncompleteSignature")
        );
        let old = signing::timestamp(now - Duration::minutes(16));
        assert_eq!(
            outcome(&v1_request("HMAC-SHA1", "1.0", &old, "n4"), false),
            Some("InvalidTimeStamp.Expired")
        );
        let soon = signing::timestamp(now + Duration::minutes(14));
        assert_eq!(outcome(&v1_request("HMAC-SHA1", "1.0", &soon, "n5"), false), None);
        assert_eq!(
            outcome(&v1_request("HMAC-SHA1", "1.0", "2024-01-01 00:00:00", "n6"), false),
            Some("InvalidTimeStamp.Format")
        );
        let mut tampered = v1_request("HMAC-SHA1", "1.0", &date, "n7");
        tampered.query.retain(|(k, _)| k != "AccountId");
        tampered.query.push(("AccountId".into(), "2".into()));
        assert_eq!(outcome(&tampered, false), Some("SignatureDoesNotMatch"));
    }

    #[test]
    fn unsupported_methods_and_paths_are_refused_first() {
        let mut r = request("Signature=x");
        r.method = "PUT".into();
        let rejection = check(&r, OffsetDateTime::now_utc(), |_| false).err().unwrap();
        assert_eq!((rejection.status, rejection.code), (405, "UnsupportedHTTPMethod"));
        r.path = "/x".into();
        let rejection = check(&r, OffsetDateTime::now_utc(), |_| false).err().unwrap();
        assert_eq!((rejection.status, rejection.code), (404, "InvalidAction.NotFound"));
    }
}

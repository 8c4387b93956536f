// Request signing for Alibaba Cloud APIs: V3 (`ACS3-HMAC-SHA256`, the default) and the
// older RPC signature V1 (`HMAC-SHA1`, `Signature` query parameter).
//
// Everything here is a pure function of its inputs (apart from `nonce`, which reads the OS
// random source), so the transport and the mock server's verifier share one implementation
// and the test vectors in tests/vectors/signing.json pin it down.

use std::fmt::Write as _;

use base64::engine::general_purpose::STANDARD as BASE64;
use base64::Engine as _;
use hmac::digest::KeyInit;
use hmac::{Hmac, Mac};
use percent_encoding::{utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};
use sha1::Sha1;
use sha2::{Digest, Sha256};
use time::format_description::BorrowedFormatItem;
use time::macros::format_description;
use time::{OffsetDateTime, UtcOffset};

/// SHA-256 of the empty string: `x-acs-content-sha256` for RPC calls, whose body is empty.
pub const EMPTY_BODY_SHA256: &str = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

const V3_ALGORITHM: &str = "ACS3-HMAC-SHA256";

// RFC 3986: only the unreserved characters stay literal. This is stricter than what
// browsers do (`*` becomes %2A, space becomes %20 not `+`), and it is what the server
// recomputes, so any difference here is a signature mismatch.
const RFC3986: &AsciiSet = &NON_ALPHANUMERIC.remove(b'-').remove(b'_').remove(b'.').remove(b'~');

// `x-acs-date` / `Timestamp`: UTC, whole seconds, literal `Z` (no fraction, no `+00:00`).
const ISO8601_SECONDS: &[BorrowedFormatItem<'static>] =
    format_description!("[year]-[month]-[day]T[hour]:[minute]:[second]Z");

/// RFC 3986 percent-encoding: unreserved `A-Z a-z 0-9 - _ . ~` stay; everything else
/// becomes `%XX` (uppercase hex) per UTF-8 byte, so space is `%20`, `*` is `%2A`, `~` is literal.
pub fn percent_encode(s: &str) -> String {
    utf8_percent_encode(s, RFC3986).to_string()
}

/// Canonical query string: pairs sorted by encoded key (then encoded value), each
/// `enc(k)=enc(v)`, joined by `&`.
pub fn canonical_query(params: &[(String, String)]) -> String {
    let mut encoded: Vec<(String, String)> = params
        .iter()
        .map(|(k, v)| (percent_encode(k), percent_encode(v)))
        .collect();
    // Sorting after encoding (byte order of the encoded text) is what the server does;
    // sorting raw keys could order `a b` and `a-b` differently.
    encoded.sort();
    encoded
        .iter()
        .map(|(k, v)| format!("{k}={v}"))
        .collect::<Vec<_>>()
        .join("&")
}

/// SHA-256 of `data`, as lowercase hex.
pub fn sha256_hex(data: &[u8]) -> String {
    hex(&Sha256::digest(data))
}

/// The pieces of a V3 signature; `authorization` is the `Authorization` header value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct V3Signature {
    pub canonical_request: String,
    pub hashed_canonical_request: String,
    pub signature: String,
    pub signed_headers: String,
    pub authorization: String,
}

/// Signs a request with `ACS3-HMAC-SHA256`.
///
/// `canonical_query` is the output of [`canonical_query`]; `headers` are the (name, value)
/// pairs to sign (names are lowercased and sorted here, values trimmed); `hashed_payload`
/// is the hex SHA-256 of the body, which must also be sent as `x-acs-content-sha256`.
pub fn sign_v3(
    access_key_id: &str,
    access_key_secret: &str,
    method: &str,
    canonical_uri: &str,
    canonical_query: &str,
    headers: &[(String, String)],
    hashed_payload: &str,
) -> V3Signature {
    let mut headers: Vec<(String, &str)> = headers
        .iter()
        .map(|(name, value)| (name.to_ascii_lowercase(), value.trim()))
        .collect();
    headers.sort();

    let mut canonical_headers = String::new();
    for (name, value) in &headers {
        // Writing into a String cannot fail.
        let _ = writeln!(canonical_headers, "{name}:{value}");
    }
    let signed_headers = headers
        .iter()
        .map(|(name, _)| name.as_str())
        .collect::<Vec<_>>()
        .join(";");

    // canonical_headers already ends in '\n', so joining with '\n' leaves the blank line
    // between headers and signed headers that the format requires.
    let canonical_request = [
        method,
        canonical_uri,
        canonical_query,
        &canonical_headers,
        &signed_headers,
        hashed_payload,
    ]
    .join("\n");
    let hashed_canonical_request = sha256_hex(canonical_request.as_bytes());
    let string_to_sign = format!("{V3_ALGORITHM}\n{hashed_canonical_request}");
    let signature = hex(&hmac::<Hmac<Sha256>>(
        access_key_secret.as_bytes(),
        string_to_sign.as_bytes(),
    ));
    let authorization =
        format!("{V3_ALGORITHM} Credential={access_key_id},SignedHeaders={signed_headers},Signature={signature}");

    V3Signature {
        canonical_request,
        hashed_canonical_request,
        signature,
        signed_headers,
        authorization,
    }
}

/// The pieces of a V1 (RPC) signature; `signature` goes in the `Signature` parameter.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct V1Signature {
    pub string_to_sign: String,
    pub signature: String,
}

/// Signs RPC parameters with `HMAC-SHA1` (`SignatureVersion` 1.0).
///
/// `params` must already contain every common parameter (`AccessKeyId`, `Action`,
/// `SignatureMethod`, `SignatureNonce`, `SignatureVersion`, `Timestamp`, `Version`, `Format`, ...)
/// except `Signature` itself. The key is `secret + "&"`; the result is base64.
pub fn sign_v1(access_key_secret: &str, method: &str, params: &[(String, String)]) -> V1Signature {
    // The canonical query is encoded a second time as a whole, so `%` in it becomes `%25`
    // (a `:` in Timestamp ends up as `%253A`); that double encoding is intended.
    let string_to_sign = format!(
        "{method}&{}&{}",
        percent_encode("/"),
        percent_encode(&canonical_query(params))
    );
    let key = format!("{access_key_secret}&");
    let signature = BASE64.encode(hmac::<Hmac<Sha1>>(key.as_bytes(), string_to_sign.as_bytes()));
    V1Signature {
        string_to_sign,
        signature,
    }
}

/// ISO-8601 UTC timestamp with whole seconds, e.g. `2023-10-26T10:22:32Z`.
pub fn timestamp(now: OffsetDateTime) -> String {
    // checked_to_offset instead of to_offset: the latter panics when converting a date at the
    // very edge of the supported range. Formatting into a String with a description whose
    // components an OffsetDateTime always has cannot fail either. In both impossible cases the
    // empty string makes the server reject the request rather than anything panicking here.
    now.checked_to_offset(UtcOffset::UTC)
        .and_then(|utc| utc.format(ISO8601_SECONDS).ok())
        .unwrap_or_default()
}

/// A fresh random nonce: 16 bytes from the OS random source as 32 lowercase hex chars.
pub fn nonce() -> Result<String, getrandom::Error> {
    let mut bytes = [0u8; 16];
    getrandom::getrandom(&mut bytes)?;
    Ok(hex(&bytes))
}

/// Compares two signatures in time that does not depend on where they first differ, so a
/// verifier does not leak how much of a forged signature was right. (The length is not secret:
/// every signature of one kind has the same length.)
pub fn signatures_match(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |diff, (x, y)| diff | (x ^ y)) == 0
}

// HMAC over any digest. HMAC takes keys of every length (long ones are hashed, short ones
// padded), so `new_from_slice` never fails for `Hmac<_>`; the empty output on that impossible
// path yields a signature the server rejects instead of a panic.
fn hmac<M: Mac + KeyInit>(key: &[u8], data: &[u8]) -> Vec<u8> {
    match <M as KeyInit>::new_from_slice(key) {
        Ok(mut mac) => {
            Mac::update(&mut mac, data);
            mac.finalize().into_bytes().to_vec()
        }
        Err(_) => Vec::new(),
    }
}

// Lowercase hex, without pulling in a crate for it.
fn hex(bytes: &[u8]) -> String {
    bytes.iter().fold(String::with_capacity(bytes.len() * 2), |mut out, b| {
        // Writing into a String cannot fail.
        let _ = write!(out, "{b:02x}");
        out
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::Value;

    const VECTORS: &str = include_str!("../tests/vectors/signing.json");

    fn vectors() -> Value {
        serde_json::from_str(VECTORS).expect("tests/vectors/signing.json is valid JSON")
    }

    fn str_field<'a>(v: &'a Value, key: &str) -> &'a str {
        v[key]
            .as_str()
            .unwrap_or_else(|| panic!("vector field {key} is not a string: {v}"))
    }

    // [["k", "v"], ...] -> Vec<(String, String)>
    fn pairs(v: &Value) -> Vec<(String, String)> {
        v.as_array()
            .expect("pairs are an array")
            .iter()
            .map(|p| (p[0].as_str().unwrap().to_owned(), p[1].as_str().unwrap().to_owned()))
            .collect()
    }

    // Flattens a request the way Alibaba's RPC style does: lists numbered from 1
    // (`Tag.1.Key`), objects joined with '.', scalars as their text. Test-only: the real
    // flattening belongs to the request serializer.
    fn flatten(prefix: &str, v: &Value, out: &mut Vec<(String, String)>) {
        let join = |k: &str| {
            if prefix.is_empty() {
                k.to_owned()
            } else {
                format!("{prefix}.{k}")
            }
        };
        match v {
            Value::Object(map) => map.iter().for_each(|(k, v)| flatten(&join(k), v, out)),
            Value::Array(items) => items
                .iter()
                .enumerate()
                .for_each(|(i, v)| flatten(&join(&(i + 1).to_string()), v, out)),
            Value::String(s) => out.push((prefix.to_owned(), s.clone())),
            Value::Null => {}
            other => out.push((prefix.to_owned(), other.to_string())),
        }
    }

    #[test]
    fn v3_vectors() {
        let all = vectors();
        let v3 = all["v3"].as_array().expect("v3 is an array");
        assert_eq!(v3.len(), 3, "expected every v3 vector to be checked");
        for t in v3 {
            let name = str_field(t, "name");
            assert_eq!(str_field(t, "algorithm"), "ACS3-HMAC-SHA256", "{name}");
            let query = if t.get("query").is_some() {
                pairs(&t["query"])
            } else {
                let mut q = Vec::new();
                flatten("", &t["input"], &mut q);
                q
            };
            let cq = canonical_query(&query);
            if let Some(expected) = t.get("expected_canonical_query") {
                assert_eq!(cq, expected.as_str().unwrap(), "{name}: canonical query");
            }
            let body = str_field(t, "body");
            let payload = sha256_hex(body.as_bytes());
            assert_eq!(payload, EMPTY_BODY_SHA256, "{name}: body hash");
            let sig = sign_v3(
                str_field(t, "access_key_id"),
                str_field(t, "access_key_secret"),
                str_field(t, "method"),
                str_field(t, "canonical_uri"),
                &cq,
                &pairs(&t["headers"]),
                &payload,
            );
            if let Some(expected) = t.get("expected_hashed_canonical_request") {
                assert_eq!(
                    sig.hashed_canonical_request,
                    expected.as_str().unwrap(),
                    "{name}: hashed canonical request; canonical request was:\n{}",
                    sig.canonical_request
                );
            }
            assert_eq!(sig.signature, str_field(t, "expected_signature"), "{name}: signature");
            assert_eq!(
                sig.signed_headers,
                "host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version",
                "{name}: signed headers"
            );
            let expected_auth = t.get("expected_authorization").map_or_else(
                // Vectors without the header still pin its exact shape.
                || {
                    format!(
                        "ACS3-HMAC-SHA256 Credential={},SignedHeaders={},Signature={}",
                        str_field(t, "access_key_id"),
                        sig.signed_headers,
                        str_field(t, "expected_signature")
                    )
                },
                |v| v.as_str().unwrap().to_owned(),
            );
            assert_eq!(sig.authorization, expected_auth, "{name}: authorization");
        }
    }

    #[test]
    fn v3_canonical_request_layout() {
        let headers = vec![
            ("X-Acs-Action".to_owned(), "  Foo ".to_owned()),
            ("Host".to_owned(), "example.com".to_owned()),
        ];
        let sig = sign_v3("id", "secret", "POST", "/", "A=1", &headers, EMPTY_BODY_SHA256);
        assert_eq!(
            sig.canonical_request,
            format!("POST\n/\nA=1\nhost:example.com\nx-acs-action:Foo\n\nhost;x-acs-action\n{EMPTY_BODY_SHA256}")
        );
        assert_eq!(sig.signed_headers, "host;x-acs-action");
        assert_eq!(
            sig.hashed_canonical_request,
            sha256_hex(sig.canonical_request.as_bytes())
        );
        assert_eq!(sig.signature.len(), 64);
        assert!(sig
            .signature
            .bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b)));
    }

    #[test]
    fn v1_vectors() {
        let all = vectors();
        let v1 = all["v1"].as_array().expect("v1 is an array");
        assert_eq!(v1.len(), 3, "expected every v1 vector to be checked");
        for t in v1 {
            let name = str_field(t, "name");
            let sig = sign_v1(
                str_field(t, "access_key_secret"),
                str_field(t, "method"),
                &pairs(&t["params"]),
            );
            if let Some(expected) = t.get("expected_string_to_sign") {
                assert_eq!(sig.string_to_sign, expected.as_str().unwrap(), "{name}: string to sign");
            }
            assert_eq!(sig.signature, str_field(t, "expected_signature"), "{name}: signature");
        }
    }

    #[test]
    fn percent_encode_edge_cases() {
        let cases = [
            ("", ""),
            ("AZaz09-_.~", "AZaz09-_.~"),
            (" ", "%20"),
            ("*", "%2A"),
            ("~", "~"),
            ("/", "%2F"),
            ("+", "%2B"),
            ("&", "%26"),
            ("=", "%3D"),
            ("%", "%25"),
            (":", "%3A"),
            ("a b*c~d", "a%20b%2Ac~d"),
            ("😀", "%F0%9F%98%80"),
            ("中文", "%E4%B8%AD%E6%96%87"),
        ];
        for (input, expected) in cases {
            assert_eq!(percent_encode(input), expected, "input {input:?}");
        }
    }

    #[test]
    fn canonical_query_sorts_encoded_pairs() {
        let params = vec![
            ("b".to_owned(), "2".to_owned()),
            ("a".to_owned(), "x y".to_owned()),
            ("a".to_owned(), "x*".to_owned()),
            ("B".to_owned(), String::new()),
        ];
        // Uppercase sorts before lowercase (byte order); equal keys fall back to the encoded value.
        assert_eq!(canonical_query(&params), "B=&a=x%20y&a=x%2A&b=2");
        assert_eq!(canonical_query(&[]), "");
    }

    #[test]
    fn sha256_of_known_inputs() {
        assert_eq!(sha256_hex(b""), EMPTY_BODY_SHA256);
        assert_eq!(
            sha256_hex(b"abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }

    #[test]
    fn nonce_is_32_lowercase_hex_and_fresh() {
        let a = nonce().expect("OS random source available");
        let b = nonce().expect("OS random source available");
        assert_eq!(a.len(), 32);
        assert_eq!(b.len(), 32);
        for n in [&a, &b] {
            assert!(
                n.bytes().all(|c| c.is_ascii_digit() || (b'a'..=b'f').contains(&c)),
                "not lowercase hex: {n}"
            );
        }
        assert_ne!(a, b);
    }

    #[test]
    fn timestamp_is_utc_with_whole_seconds() {
        use time::macros::datetime;
        assert_eq!(timestamp(datetime!(2023-10-26 10:22:32 UTC)), "2023-10-26T10:22:32Z");
        // Fractions are dropped, other offsets converted to UTC, small fields zero-padded.
        assert_eq!(
            timestamp(datetime!(2016-02-23 20:46:24.987654321 +08:00)),
            "2016-02-23T12:46:24Z"
        );
        assert_eq!(timestamp(datetime!(2024-01-02 03:04:05 -05:00)), "2024-01-02T08:04:05Z");
        assert_eq!(timestamp(OffsetDateTime::UNIX_EPOCH), "1970-01-01T00:00:00Z");
    }

    #[test]
    fn signatures_match_compares_exactly() {
        assert!(signatures_match(
            "OLeaidS1JvxuMvnyHOwuJ+uX5qY=",
            "OLeaidS1JvxuMvnyHOwuJ+uX5qY="
        ));
        assert!(!signatures_match(
            "OLeaidS1JvxuMvnyHOwuJ+uX5qY=",
            "OLeaidS1JvxuMvnyHOwuJ+uX5qZ="
        ));
        assert!(!signatures_match("abc", "abcd"));
        assert!(!signatures_match("abc", "ABC"));
        assert!(signatures_match("", ""));
    }
}

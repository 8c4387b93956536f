//! Shared by the integration tests: drive Alibaba Cloud's official Python SDK
//! (installed into .venv by scripts/setup-python.sh) against a server on 127.0.0.1.

#![allow(dead_code)] // each test binary uses a different part

use alibabacloud::mock::RecordedRequest;
use std::path::PathBuf;

/// The venv's Python; the tests fail (not skip) without it, saying how to make it.
pub fn python() -> PathBuf {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(".venv/bin/python");
    assert!(
        path.exists(),
        "{} is missing: run scripts/setup-python.sh to install the official Python SDK",
        path.display()
    );
    path
}

/// Options for one call through the official SDK.
pub struct OfficialCall<'a> {
    pub endpoint: &'a str,
    pub product: &'a str,
    pub action: &'a str,
    pub params: serde_json::Value,
    pub signature: &'a str,
    pub access_key_id: &'a str,
    pub access_key_secret: &'a str,
    pub security_token: Option<&'a str>,
}

/// Runs tests/python/official_call.py and returns its one-line JSON report.
pub async fn official_call(call: OfficialCall<'_>) -> serde_json::Value {
    let script = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/python/official_call.py");
    let mut command = tokio::process::Command::new(python());
    command
        .arg(script)
        .args([
            "--endpoint",
            call.endpoint,
            "--product",
            call.product,
            "--action",
            call.action,
        ])
        .args(["--params", &call.params.to_string(), "--signature", call.signature])
        .args([
            "--access-key-id",
            call.access_key_id,
            "--access-key-secret",
            call.access_key_secret,
        ]);
    if let Some(token) = call.security_token {
        command.args(["--security-token", token]);
    }
    let output = command.output().await.expect("python runs");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "official SDK call {} failed ({}):\n{stdout}\n{}",
        call.action,
        output.status,
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_str(stdout.trim()).unwrap_or_else(|err| panic!("official_call.py printed {stdout:?}: {err}"))
}

/// Parameters that differ on every request or by signature method, not by input.
const VOLATILE: &[&str] = &["Signature", "SignatureNonce", "Timestamp"];

/// The request's decoded query parameters, sorted, with the per-request values dropped
/// and booleans lowercased (the Python SDK sends `True`; the service accepts both).
pub fn comparable_query(request: &RecordedRequest) -> Vec<(String, String)> {
    let mut query: Vec<(String, String)> = request
        .query
        .iter()
        .filter(|(key, _)| !VOLATILE.contains(&key.as_str()))
        .map(|(key, value)| {
            let value = if value.eq_ignore_ascii_case("true") || value.eq_ignore_ascii_case("false") {
                value.to_ascii_lowercase()
            } else {
                value.clone()
            };
            // `Format` is case-insensitive on the service side; the SDKs differ in case.
            let value = if key == "Format" {
                value.to_ascii_lowercase()
            } else {
                value
            };
            (key.clone(), value)
        })
        .collect();
    query.sort();
    query
}

//! Our requests against the official Python SDK's, for the same inputs, both received by
//! the mock server on 127.0.0.1: same method, path and decoded query; both signatures verify.

mod support;

use alibabacloud::mock::{MockServer, SignatureKind, ACCESS_KEY_ID, ACCESS_KEY_SECRET};
use alibabacloud::resourcemanager::Client;
use alibabacloud::{Config, SignatureVersion};
use support::{comparable_query, official_call, OfficialCall};

/// Values chosen to need encoding: space, `+`, `&`, `=`, `*`, `~`, `/`, `%`, quotes, Chinese, emoji.
const ACCOUNT_IDS: &[&str] = &["1386606283480000", "138660628348****", "a b+c&d=e~/%'\"中文😀"];

async fn compare(signature: SignatureVersion, token: Option<&str>) {
    let server = MockServer::start().await.expect("mock server");
    let mut credentials = server.credentials();
    if let Some(token) = token {
        credentials = credentials.with_security_token(token);
    }
    let config = Config::builder()
        .endpoint(server.endpoint())
        .credentials(credentials)
        .signature_version(signature)
        .build()
        .expect("config");
    let client = Client::new(&config);
    let (flag, kind) = match signature {
        SignatureVersion::V1 => ("v1", SignatureKind::V1),
        _ => ("v3", SignatureKind::V3),
    };
    for account_id in ACCOUNT_IDS {
        server.clear_requests();
        client
            .send_verification_code_for_bind_secure_mobile_phone()
            .account_id(*account_id)
            .secure_mobile_phone("xx-13900001234")
            .send()
            .await
            .expect("our call succeeds");
        let report = official_call(OfficialCall {
            endpoint: &server.endpoint(),
            product: "resourcemanager",
            action: "SendVerificationCodeForBindSecureMobilePhone",
            params: serde_json::json!({"AccountId": account_id, "SecureMobilePhone": "xx-13900001234"}),
            signature: flag,
            access_key_id: ACCESS_KEY_ID,
            access_key_secret: ACCESS_KEY_SECRET,
            security_token: token,
        })
        .await;
        assert_eq!(report["ok"], true, "official SDK call failed: {report}");
        assert_eq!(report["response"]["RequestId"], "DCD43660-75DD-5D15-B342-1B83FCA5B913");

        let requests = server.requests();
        assert_eq!(requests.len(), 2, "{requests:?}");
        let (ours, theirs) = (&requests[0], &requests[1]);
        for request in [ours, theirs] {
            assert_eq!(request.rejection, None, "signature must verify: {request:?}");
            assert_eq!(request.signature, Some(kind));
            assert_eq!(request.security_token.as_deref(), token);
        }
        assert_eq!(ours.method, theirs.method);
        assert_eq!(ours.path, theirs.path);
        assert_eq!(ours.action, theirs.action);
        assert_eq!(ours.version, theirs.version);
        assert_eq!(
            comparable_query(ours),
            comparable_query(theirs),
            "query differs for AccountId {account_id:?}"
        );
    }
}

#[tokio::test]
async fn v3_requests_match_the_official_sdk() {
    compare(SignatureVersion::V3, None).await;
}

#[tokio::test]
async fn v1_requests_match_the_official_sdk() {
    compare(SignatureVersion::V1, None).await;
}

#[tokio::test]
async fn sts_token_requests_match_the_official_sdk() {
    compare(SignatureVersion::V3, Some("CAIS+sts/token==")).await;
    compare(SignatureVersion::V1, Some("CAIS+sts/token==")).await;
}

//! The mock server, driven by the generated client, by raw HTTP and by raw TCP.

use alibabacloud::mock::{MockResponse, MockServer, RecordedRequest, SignatureKind, ACCESS_KEY_ID, ACCESS_KEY_SECRET};
use alibabacloud::resourcemanager::Client;
use alibabacloud::{Config, Credentials, Error, SignatureVersion};
use hmac::{Hmac, Mac};
use percent_encoding::{utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};
use serde_json::Value;
use sha2::{Digest, Sha256};
use std::time::Duration;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

const ACTION: &str = "SendVerificationCodeForBindSecureMobilePhone";
const VERSION: &str = "2020-03-31";
const EXAMPLE_REQUEST_ID: &str = "DCD43660-75DD-5D15-B342-1B83FCA5B913";

async fn start() -> MockServer {
    MockServer::start().await.expect("mock server starts on 127.0.0.1")
}

fn client(server: &MockServer) -> Client {
    Client::new(&server.config().expect("mock config builds"))
}

fn client_with(server: &MockServer, credentials: Credentials, version: SignatureVersion) -> Client {
    let config = Config::builder()
        .endpoint(server.endpoint())
        .credentials(credentials)
        .signature_version(version)
        .build()
        .expect("config builds");
    Client::new(&config)
}

async fn send_code(
    client: &Client,
) -> Result<
    alibabacloud::resourcemanager::operation::send_verification_code_for_bind_secure_mobile_phone::SendVerificationCodeForBindSecureMobilePhoneResponse,
    Error<alibabacloud::resourcemanager::operation::send_verification_code_for_bind_secure_mobile_phone::SendVerificationCodeForBindSecureMobilePhoneError>,
>{
    client
        .send_verification_code_for_bind_secure_mobile_phone()
        .account_id("1")
        .secure_mobile_phone("xx-1")
        .send()
        .await
}

fn only_request(server: &MockServer) -> RecordedRequest {
    let mut requests = server.requests();
    assert_eq!(requests.len(), 1, "expected exactly one recorded request: {requests:?}");
    requests.remove(0)
}

async fn error_json(response: reqwest::Response) -> (u16, Value) {
    let status = response.status().as_u16();
    let body = response.text().await.expect("body reads");
    let json = serde_json::from_str(&body).unwrap_or_else(|err| panic!("error body is not JSON ({err}): {body}"));
    (status, json)
}

// An independent V3 signer, written from the public description of ACS3-HMAC-SHA256 (not the
// crate's), that encodes the query the way the official Python SDK does: form encoding, `+`
// for a space.
const RFC3986: &AsciiSet = &NON_ALPHANUMERIC.remove(b'-').remove(b'_').remove(b'.').remove(b'~');

fn enc(text: &str) -> String {
    utf8_percent_encode(text, RFC3986).to_string()
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn fresh_nonce() -> String {
    let mut bytes = [0u8; 16];
    getrandom::getrandom(&mut bytes).expect("OS random source");
    hex(&bytes)
}

fn now_utc() -> String {
    let format = time::macros::format_description!("[year]-[month]-[day]T[hour]:[minute]:[second]Z");
    time::OffsetDateTime::now_utc().format(format).expect("formats")
}

struct V3Request<'a> {
    action: &'a str,
    version: &'a str,
    query: Vec<(&'a str, &'a str)>,
    extra_headers: Vec<(&'a str, &'a str)>,
    date: String,
    secret: &'a str,
}

impl<'a> V3Request<'a> {
    fn new(action: &'a str, query: Vec<(&'a str, &'a str)>) -> Self {
        V3Request {
            action,
            version: VERSION,
            query,
            extra_headers: Vec::new(),
            date: now_utc(),
            secret: ACCESS_KEY_SECRET,
        }
    }

    fn send(&self, server: &MockServer) -> reqwest::RequestBuilder {
        let empty_sha256 = hex(&Sha256::digest(b""));
        let nonce = fresh_nonce();
        let host = server.addr().to_string();
        let mut headers: Vec<(String, String)> = vec![
            ("host".into(), host),
            ("x-acs-action".into(), self.action.into()),
            ("x-acs-version".into(), self.version.into()),
            ("x-acs-date".into(), self.date.clone()),
            ("x-acs-signature-nonce".into(), nonce),
            ("x-acs-content-sha256".into(), empty_sha256.clone()),
        ];
        headers.extend(
            self.extra_headers
                .iter()
                .map(|(k, v)| (k.to_ascii_lowercase(), v.to_string())),
        );
        headers.sort();
        let mut pairs: Vec<(String, String)> = self.query.iter().map(|(k, v)| (enc(k), enc(v))).collect();
        pairs.sort();
        let canonical_query = pairs
            .iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect::<Vec<_>>()
            .join("&");
        let canonical_headers: String = headers.iter().map(|(k, v)| format!("{k}:{}\n", v.trim())).collect();
        let signed_headers = headers.iter().map(|(k, _)| k.as_str()).collect::<Vec<_>>().join(";");
        let canonical_request =
            format!("POST\n/\n{canonical_query}\n{canonical_headers}\n{signed_headers}\n{empty_sha256}");
        let string_to_sign = format!(
            "ACS3-HMAC-SHA256\n{}",
            hex(&Sha256::digest(canonical_request.as_bytes()))
        );
        let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(self.secret.as_bytes()).expect("any key length");
        mac.update(string_to_sign.as_bytes());
        let signature = hex(&mac.finalize().into_bytes());

        // Python-style wire query: form encoding, `+` for a space.
        let wire_query = self
            .query
            .iter()
            .map(|(k, v)| format!("{}={}", enc(k), enc(v).replace("%20", "+")))
            .collect::<Vec<_>>()
            .join("&");
        let mut builder = reqwest::Client::new().post(format!("{}/?{wire_query}", server.endpoint()));
        for (name, value) in headers.iter().filter(|(name, _)| name != "host") {
            builder = builder.header(name, value);
        }
        builder.header(
            "authorization",
            format!("ACS3-HMAC-SHA256 Credential={ACCESS_KEY_ID},SignedHeaders={signed_headers},Signature={signature}"),
        )
    }
}

#[tokio::test]
async fn v3_call_gets_the_example_response_and_is_recorded() {
    let server = start().await;
    let out = send_code(&client(&server)).await.expect("call succeeds");
    assert_eq!(out.request_id.as_deref(), Some(EXAMPLE_REQUEST_ID));
    assert_eq!(out.expiration_date.as_deref(), Some("2021-12-17T07:38:41.747Z"));

    let request = only_request(&server);
    assert_eq!(request.method, "POST");
    assert_eq!(request.path, "/");
    assert_eq!(request.action.as_deref(), Some(ACTION));
    assert_eq!(request.version.as_deref(), Some(VERSION));
    assert_eq!(request.signature, Some(SignatureKind::V3));
    assert_eq!(request.rejection, None);
    assert_eq!(request.security_token, None);
    assert_eq!(request.param("AccountId"), Some("1"));
    assert_eq!(request.param("SecureMobilePhone"), Some("xx-1"));
    assert_eq!(request.query.len(), 2);
    assert!(request.body.is_empty());
    assert_eq!(request.header("x-acs-action"), Some(ACTION));
    assert!(request
        .headers
        .iter()
        .all(|(name, _)| name == &name.to_ascii_lowercase()));
    // Debug output hides the sensitive phone number.
    let shown = format!("{request:?}");
    assert!(shown.contains("\"1\"") && !shown.contains("xx-1"), "{shown}");
}

#[tokio::test]
async fn v1_call_is_accepted() {
    let server = start().await;
    let client = client_with(&server, server.credentials(), SignatureVersion::V1);
    let out = send_code(&client).await.expect("V1 call succeeds");
    assert_eq!(out.request_id.as_deref(), Some(EXAMPLE_REQUEST_ID));

    let request = only_request(&server);
    assert_eq!(request.signature, Some(SignatureKind::V1));
    assert_eq!(request.rejection, None);
    assert_eq!(request.action.as_deref(), Some(ACTION));
    assert_eq!(request.version.as_deref(), Some(VERSION));
    assert_eq!(request.param("AccessKeyId"), Some(ACCESS_KEY_ID));
    assert_eq!(request.param("SignatureMethod"), Some("HMAC-SHA1"));
    assert_eq!(request.param("AccountId"), Some("1"));
    assert_eq!(request.header("authorization"), None);
}

#[tokio::test]
async fn sts_token_is_checked_and_recorded() {
    let server = start().await;
    let credentials = Credentials::sts(ACCESS_KEY_ID, ACCESS_KEY_SECRET, "sts-token-123");
    for version in [SignatureVersion::V3, SignatureVersion::V1] {
        send_code(&client_with(&server, credentials.clone(), version))
            .await
            .expect("STS call succeeds");
    }
    let requests = server.requests();
    assert_eq!(requests.len(), 2);
    for request in &requests {
        assert_eq!(request.security_token.as_deref(), Some("sts-token-123"));
        assert_eq!(request.rejection, None);
        assert!(!format!("{request:?}").contains("sts-token-123"));
    }
}

#[tokio::test]
async fn scripted_error_answers_once_then_the_example_returns() {
    let server = start().await;
    server.script(
        ACTION,
        MockResponse::error(400, "SendValidateCodeExceedsLimitForAccount", "Too many codes today."),
    );
    server.script(
        ACTION,
        MockResponse::json(200, r#"{"RequestId":"R-2","ExpirationDate":"soon"}"#),
    );
    let client = client(&server);

    let err = send_code(&client)
        .await
        .expect_err("first call gets the scripted error");
    assert_eq!(err.code(), Some("SendValidateCodeExceedsLimitForAccount"));
    assert_eq!(err.status(), Some(400));
    assert_eq!(err.message(), Some("Too many codes today."));
    assert_eq!(err.request_id().map(str::len), Some(36));
    assert!(matches!(
        err.as_service_error(),
        Some(alibabacloud::resourcemanager::operation::send_verification_code_for_bind_secure_mobile_phone::SendVerificationCodeForBindSecureMobilePhoneError::SendValidateCodeExceedsLimitForAccount(_))
    ));

    let second = send_code(&client).await.expect("second scripted answer");
    assert_eq!(second.request_id.as_deref(), Some("R-2"));
    assert_eq!(second.expiration_date.as_deref(), Some("soon"));

    let third = send_code(&client).await.expect("queue empty: example response");
    assert_eq!(third.request_id.as_deref(), Some(EXAMPLE_REQUEST_ID));

    let requests = server.requests();
    assert_eq!(requests.len(), 3);
    // A scripted error is an answer, not a rejection.
    assert!(requests.iter().all(|r| r.rejection.is_none()));
    server.clear_requests();
    assert!(server.requests().is_empty());
}

#[tokio::test]
async fn scripted_delay_times_out_the_client_and_the_request_is_still_recorded() {
    let server = start().await;
    server.script(ACTION, MockResponse::json(200, "{}").delay(Duration::from_secs(5)));
    let config = Config::builder()
        .endpoint(server.endpoint())
        .credentials(server.credentials())
        .read_timeout(Duration::from_millis(200))
        .build()
        .expect("config builds");
    let err = send_code(&Client::new(&config)).await.expect_err("times out");
    assert!(matches!(err, Error::Timeout(_)), "{err:?}");
    assert_eq!(only_request(&server).action.as_deref(), Some(ACTION));
}

#[tokio::test]
async fn wrong_secret_is_rejected_and_recorded() {
    let server = start().await;
    let client = client_with(
        &server,
        Credentials::access_key(ACCESS_KEY_ID, "not-the-secret"),
        SignatureVersion::V3,
    );
    let err = send_code(&client).await.expect_err("bad signature");
    assert_eq!(err.code(), Some("SignatureDoesNotMatch"));
    assert_eq!(err.status(), Some(400));
    let message = err.message().unwrap_or_default();
    assert!(
        message.contains("x-acs-action:SendVerificationCodeForBindSecureMobilePhone"),
        "{message}"
    );
    assert!(
        !message.contains("xx-1"),
        "the sensitive phone number must not be echoed: {message}"
    );

    let request = only_request(&server);
    assert_eq!(request.rejection.as_deref(), Some("SignatureDoesNotMatch"));
    assert_eq!(request.signature, Some(SignatureKind::V3));

    // V1 with the wrong secret, and a key id the server does not know.
    let v1 = client_with(
        &server,
        Credentials::access_key(ACCESS_KEY_ID, "nope"),
        SignatureVersion::V1,
    );
    assert_eq!(
        send_code(&v1).await.expect_err("bad V1 signature").code(),
        Some("SignatureDoesNotMatch")
    );
    let unknown_key = client_with(
        &server,
        Credentials::access_key("SomeoneElse", ACCESS_KEY_SECRET),
        SignatureVersion::V3,
    );
    let err = send_code(&unknown_key).await.expect_err("unknown key");
    assert_eq!(
        (err.code(), err.status()),
        (Some("InvalidAccessKeyId.NotFound"), Some(404))
    );
    let rejections: Vec<Option<String>> = server.requests().into_iter().map(|r| r.rejection).collect();
    assert_eq!(
        rejections,
        [
            Some("SignatureDoesNotMatch"),
            Some("SignatureDoesNotMatch"),
            Some("InvalidAccessKeyId.NotFound")
        ]
        .map(|code| code.map(String::from))
    );
}

#[tokio::test]
async fn unsigned_raw_post_is_rejected() {
    let server = start().await;
    let url = format!("{}/?Action={ACTION}&Version={VERSION}&AccountId=1", server.endpoint());
    let response = reqwest::Client::new().post(url).send().await.expect("server answers");
    let (status, body) = error_json(response).await;
    assert_eq!(status, 400);
    assert_eq!(body["Code"], "MissingParameter");
    let message = body["Message"].as_str().unwrap_or_default();
    assert!(
        message.contains("Authorization") && message.contains("Signature"),
        "{message}"
    );
    assert_eq!(body["RequestId"].as_str().map(str::len), Some(36));
    assert!(body["HostId"].is_string() && body["Recommend"].is_string(), "{body}");

    let request = only_request(&server);
    assert_eq!(request.rejection.as_deref(), Some("MissingParameter"));
    assert_eq!(request.signature, None);
    assert_eq!(request.action.as_deref(), Some(ACTION));
    assert_eq!(request.param("AccountId"), Some("1"));

    // Another path is not an RPC endpoint at all.
    let response = reqwest::Client::new()
        .post(format!("{}/other", server.endpoint()))
        .send()
        .await
        .expect("answers");
    let (status, body) = error_json(response).await;
    assert_eq!((status, body["Code"].as_str()), (404, Some("InvalidAction.NotFound")));

    // A malformed Authorization header.
    let response = reqwest::Client::new()
        .post(format!("{}/", server.endpoint()))
        .header("authorization", "ACS3-HMAC-SHA256 Credential=MockAccessKeyId")
        .send()
        .await
        .expect("answers");
    let (status, body) = error_json(response).await;
    assert_eq!((status, body["Code"].as_str()), (400, Some("IncompleteSignature")));
}

#[tokio::test]
async fn garbage_on_the_socket_does_not_stop_the_server() {
    let server = start().await;
    let mut socket = tokio::net::TcpStream::connect(server.addr()).await.expect("connects");
    socket
        .write_all(b"\x00\xff\xfeNOT HTTP AT ALL\r\n\x01\x02\r\n\r\n")
        .await
        .expect("writes");
    let mut answer = Vec::new();
    let read = tokio::time::timeout(Duration::from_secs(5), socket.read_to_end(&mut answer)).await;
    assert!(read.is_ok(), "the server closes a connection that sent garbage");
    let answer = String::from_utf8_lossy(&answer);
    assert!(answer.is_empty() || answer.starts_with("HTTP/1.1 400"), "{answer}");

    // A connection that breaks off mid-request.
    let mut half = tokio::net::TcpStream::connect(server.addr()).await.expect("connects");
    half.write_all(b"POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\nabc")
        .await
        .expect("writes");
    drop(half);

    let out = send_code(&client(&server)).await.expect("a normal call still succeeds");
    assert_eq!(out.request_id.as_deref(), Some(EXAMPLE_REQUEST_ID));
    let requests = server.requests();
    assert_eq!(requests.last().and_then(|r| r.rejection.clone()), None);
    assert_eq!(requests.last().and_then(|r| r.action.clone()).as_deref(), Some(ACTION));
}

#[tokio::test]
async fn replayed_request_is_rejected_with_nonce_used() {
    let server = start().await;
    // A space and a `*` make the replay's form-encoded query (`+`) differ from the client's
    // RFC 3986 query (`%20`, `%2A`): the signature must still verify after decoding.
    client(&server)
        .send_verification_code_for_bind_secure_mobile_phone()
        .account_id("1")
        .secure_mobile_phone("xx 1*")
        .send()
        .await
        .expect("first call succeeds");
    let original = only_request(&server);
    assert_eq!(original.param("SecureMobilePhone"), Some("xx 1*"));

    let mut replay = reqwest::Client::new()
        .post(format!("{}/", server.endpoint()))
        .query(&original.query);
    for (name, value) in original
        .headers
        .iter()
        .filter(|(name, _)| name != "host" && name != "content-length")
    {
        replay = replay.header(name, value);
    }
    let replay = replay.build().expect("replay builds");
    assert!(
        replay.url().query().unwrap_or_default().contains("xx+1"),
        "{}",
        replay.url()
    );
    let response = reqwest::Client::new().execute(replay).await.expect("server answers");
    let (status, body) = error_json(response).await;
    assert_eq!(status, 400);
    assert_eq!(body["Code"], "SignatureNonceUsed", "{body}");

    let requests = server.requests();
    assert_eq!(requests.len(), 2);
    assert_eq!(requests[1].rejection.as_deref(), Some("SignatureNonceUsed"));
    assert_eq!(
        requests[1].header("x-acs-signature-nonce"),
        original.header("x-acs-signature-nonce")
    );
}

#[tokio::test]
async fn python_style_request_with_extra_signed_headers_is_accepted() {
    let server = start().await;
    let mut request = V3Request::new(ACTION, vec![("AccountId", "1"), ("SecureMobilePhone", "xx 1*~")]);
    request.extra_headers = vec![
        ("accept", "application/json"),
        ("user-agent", "AlibabaCloud (Python) Tea/1"),
        ("x-acs-credentials-provider", "static"),
    ];
    let response = request.send(&server).send().await.expect("server answers");
    assert_eq!(response.status().as_u16(), 200);
    assert_eq!(response.headers()["content-type"], "application/json");
    let body: Value = serde_json::from_str(&response.text().await.expect("reads")).expect("JSON");
    assert_eq!(body["RequestId"], EXAMPLE_REQUEST_ID);

    let recorded = only_request(&server);
    assert_eq!(recorded.rejection, None);
    assert_eq!(recorded.param("SecureMobilePhone"), Some("xx 1*~"));
    assert_eq!(recorded.header("x-acs-credentials-provider"), Some("static"));
}

#[tokio::test]
async fn unknown_action_is_rejected() {
    let server = start().await;
    let response = V3Request::new("NoSuchAction", vec![])
        .send(&server)
        .send()
        .await
        .expect("server answers");
    let (status, body) = error_json(response).await;
    assert_eq!(status, 404);
    assert_eq!(body["Code"], "InvalidAction.NotFound");
    assert!(
        body["Message"].as_str().unwrap_or_default().contains("NoSuchAction"),
        "{body}"
    );
    let request = only_request(&server);
    assert_eq!(request.rejection.as_deref(), Some("InvalidAction.NotFound"));
    assert_eq!(request.action.as_deref(), Some("NoSuchAction"));
}

#[tokio::test]
async fn version_date_and_parameter_checks() {
    let server = start().await;
    let code_of = |request: V3Request<'_>| {
        let builder = request.send(&server);
        async move {
            let response = builder.send().await.expect("server answers");
            let (status, body) = error_json(response).await;
            (
                status,
                body["Code"].as_str().unwrap_or_default().to_string(),
                body["Message"].as_str().unwrap_or_default().to_string(),
            )
        }
    };

    let mut wrong_version = V3Request::new(ACTION, vec![("AccountId", "1"), ("SecureMobilePhone", "x")]);
    wrong_version.version = "2016-11-11";
    let (status, code, _) = code_of(wrong_version).await;
    assert_eq!((status, code.as_str()), (400, "InvalidVersion"));

    let (status, code, message) = code_of(V3Request::new(ACTION, vec![("AccountId", "1")])).await;
    assert_eq!((status, code.as_str()), (400, "MissingParameter"));
    assert_eq!(
        message,
        "The input parameter \"SecureMobilePhone\" that is mandatory for processing this request is not supplied."
    );

    let (status, code, message) = code_of(V3Request::new(
        ACTION,
        vec![("AccountId", "1"), ("SecureMobilePhone", "x"), ("Colour", "red")],
    ))
    .await;
    assert_eq!((status, code.as_str()), (400, "InvalidParameter"));
    assert!(
        message.contains("\"Colour\"") && message.contains("unknown parameter"),
        "{message}"
    );

    // RegionId is a common parameter, accepted by every operation.
    let (status, _, _) = code_of(V3Request::new(
        ACTION,
        vec![
            ("AccountId", "1"),
            ("SecureMobilePhone", "x"),
            ("RegionId", "cn-hangzhou"),
        ],
    ))
    .await;
    assert_eq!(status, 200, "RegionId is a common parameter");

    let mut stale = V3Request::new(ACTION, vec![("AccountId", "1"), ("SecureMobilePhone", "x")]);
    stale.date = "2020-01-01T00:00:00Z".to_string();
    let (status, code, _) = code_of(stale).await;
    assert_eq!((status, code.as_str()), (400, "InvalidTimeStamp.Expired"));

    let mut unparseable = V3Request::new(ACTION, vec![("AccountId", "1"), ("SecureMobilePhone", "x")]);
    unparseable.date = "yesterday".to_string();
    let (status, code, _) = code_of(unparseable).await;
    assert_eq!((status, code.as_str()), (400, "InvalidTimeStamp.Format"));

    let mut wrong_secret = V3Request::new(ACTION, vec![("AccountId", "1"), ("SecureMobilePhone", "x")]);
    wrong_secret.secret = "other";
    let (status, code, _) = code_of(wrong_secret).await;
    assert_eq!((status, code.as_str()), (400, "SignatureDoesNotMatch"));

    let rejections: Vec<Option<String>> = server.requests().into_iter().map(|r| r.rejection).collect();
    assert_eq!(rejections.len(), 7);
    assert_eq!(rejections[3], None, "RegionId is accepted");
}

#[tokio::test]
async fn dropping_the_server_stops_it() {
    let server = start().await;
    let endpoint = server.endpoint();
    send_code(&client(&server)).await.expect("served while alive");
    drop(server);
    tokio::time::sleep(Duration::from_millis(50)).await;
    let result = reqwest::Client::new().post(format!("{endpoint}/")).send().await;
    assert!(result.is_err(), "nothing listens after drop: {result:?}");
}

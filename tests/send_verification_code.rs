//! The first operation end to end against the mock server on 127.0.0.1.

use alibabacloud::mock::{MockResponse, MockServer, SignatureKind};
use alibabacloud::resourcemanager::operation::send_verification_code_for_bind_secure_mobile_phone::SendVerificationCodeForBindSecureMobilePhoneError as SendCodeError;
use alibabacloud::resourcemanager::Client;
use alibabacloud::{Config, Credentials, Error, OperationError, SignatureVersion};

const ACTION: &str = "SendVerificationCodeForBindSecureMobilePhone";

async fn setup() -> (MockServer, Client) {
    let server = MockServer::start().await.expect("mock server starts");
    let config = Config::builder()
        .endpoint(server.endpoint())
        .credentials(server.credentials())
        .build()
        .expect("config");
    (server, Client::new(&config))
}

async fn send(client: &Client) -> Result<alibabacloud::resourcemanager::operation::send_verification_code_for_bind_secure_mobile_phone::SendVerificationCodeForBindSecureMobilePhoneResponse, Error<SendCodeError>>{
    client
        .send_verification_code_for_bind_secure_mobile_phone()
        .account_id("1386606283480000")
        .secure_mobile_phone("xx-13900001234")
        .send()
        .await
}

#[tokio::test]
async fn success_parses_both_fields() {
    let (server, client) = setup().await;
    let response = send(&client).await.expect("success");
    assert_eq!(
        response.request_id.as_deref(),
        Some("DCD43660-75DD-5D15-B342-1B83FCA5B913")
    );
    assert_eq!(response.expiration_date.as_deref(), Some("2021-12-17T07:38:41.747Z"));
    let requests = server.requests();
    assert_eq!(requests.len(), 1);
    let request = &requests[0];
    assert_eq!(request.method, "POST");
    assert_eq!(request.path, "/");
    assert_eq!(request.action.as_deref(), Some(ACTION));
    assert_eq!(request.version.as_deref(), Some("2020-03-31"));
    assert_eq!(request.signature, Some(SignatureKind::V3));
    assert_eq!(request.param("AccountId"), Some("1386606283480000"));
    assert_eq!(request.param("SecureMobilePhone"), Some("xx-13900001234"));
    assert_eq!(request.rejection, None);
    assert!(request.body.is_empty(), "RPC calls have an empty body");
}

#[tokio::test]
async fn each_documented_409_code_maps_to_its_own_variant() {
    let (server, client) = setup().await;
    let codes = [
        "NotSupport.AccountInAnotherResourceDirectory",
        "EntityAlreadyExists.ResourceDirectory",
        "SendValidateCodeExceedsLimitForAccount",
        "InvalidParameter.MobileCountryCode",
    ];
    for code in codes {
        server.script(ACTION, MockResponse::error(409, code, "scripted"));
        let err = send(&client).await.expect_err("scripted error");
        let typed = err.as_service_error().expect("a service error");
        let matched = match typed {
            SendCodeError::NotSupportAccountInAnotherResourceDirectory(_) => {
                "NotSupport.AccountInAnotherResourceDirectory"
            }
            SendCodeError::EntityAlreadyExistsResourceDirectory(_) => "EntityAlreadyExists.ResourceDirectory",
            SendCodeError::SendValidateCodeExceedsLimitForAccount { .. } => "SendValidateCodeExceedsLimitForAccount",
            SendCodeError::InvalidParameterMobileCountryCode(_) => "InvalidParameter.MobileCountryCode",
            other => panic!("{code} mapped to {other:?}"),
        };
        assert_eq!(matched, code);
        assert_eq!(typed.code(), code);
        assert_eq!(typed.status(), 409);
        assert_eq!(err.status(), Some(409));
        assert_eq!(err.message(), Some("scripted"));
        assert!(err.request_id().is_some());
    }
}

#[tokio::test]
async fn unknown_code_falls_back_with_details_intact() {
    let (server, client) = setup().await;
    server.script(
        ACTION,
        MockResponse::json(400, r#"{"RequestId":"REQ-42","HostId":"resourcemanager.aliyuncs.com","Code":"Some.NewCode","Message":"new in 2027","Recommend":"https://api.aliyun.com/troubleshoot?q=Some.NewCode"}"#),
    );
    let err = send(&client).await.expect_err("scripted error");
    match err.as_service_error() {
        Some(SendCodeError::Unhandled(details)) => {
            assert_eq!(details.code(), "Some.NewCode");
            assert_eq!(details.message(), Some("new in 2027"));
            assert_eq!(details.request_id(), Some("REQ-42"));
            assert_eq!(details.host_id(), Some("resourcemanager.aliyuncs.com"));
            assert_eq!(
                details.recommend(),
                Some("https://api.aliyun.com/troubleshoot?q=Some.NewCode")
            );
            assert_eq!(details.status(), 400);
        }
        other => panic!("expected the fallback variant, got {other:?}"),
    }
    let shown = err.to_string();
    assert!(
        shown.contains("Some.NewCode") && shown.contains("new in 2027") && shown.contains("REQ-42"),
        "{shown}"
    );
}

#[tokio::test]
async fn html_503_keeps_its_status_and_body_start() {
    let (server, client) = setup().await;
    server.script(
        ACTION,
        MockResponse::raw(
            503,
            "text/html",
            "<html><body>503 Service Temporarily Unavailable</body></html>",
        ),
    );
    let err = send(&client).await.expect_err("503");
    assert_eq!(err.status(), Some(503));
    match &err {
        Error::Response(response) => {
            assert_eq!(response.status, 503);
            assert!(response.excerpt.starts_with("<html><body>503"), "{}", response.excerpt);
        }
        other => panic!("expected an unreadable-response error, got {other:?}"),
    }
    assert!(err.to_string().contains("HTTP 503"), "{err}");
}

#[tokio::test]
async fn missing_required_parameter_is_rejected_before_sending() {
    let (server, client) = setup().await;
    let err = client
        .send_verification_code_for_bind_secure_mobile_phone()
        .account_id("1386606283480000")
        .send()
        .await
        .expect_err("missing SecureMobilePhone");
    match &err {
        Error::InvalidRequest(invalid) => assert!(invalid.to_string().contains("`SecureMobilePhone`"), "{invalid}"),
        other => panic!("expected InvalidRequest, got {other:?}"),
    }
    assert!(server.requests().is_empty(), "nothing may be sent");
}

#[tokio::test]
async fn v1_and_v3_signatures_are_both_accepted() {
    let server = MockServer::start().await.expect("mock server");
    for (version, kind) in [
        (SignatureVersion::V1, SignatureKind::V1),
        (SignatureVersion::V3, SignatureKind::V3),
    ] {
        let config = Config::builder()
            .endpoint(server.endpoint())
            .credentials(server.credentials())
            .signature_version(version)
            .build()
            .expect("config");
        let response = send(&Client::new(&config)).await.expect("accepted");
        assert!(response.request_id.is_some());
        let last = server.requests().pop().expect("recorded");
        assert_eq!(last.signature, Some(kind));
        assert_eq!(last.rejection, None);
    }
}

#[tokio::test]
async fn wrong_secret_is_a_signature_error_from_the_service() {
    let server = MockServer::start().await.expect("mock server");
    let config = Config::builder()
        .endpoint(server.endpoint())
        .credentials(Credentials::access_key(
            alibabacloud::mock::ACCESS_KEY_ID,
            "not-the-secret",
        ))
        .build()
        .expect("config");
    let err = send(&Client::new(&config)).await.expect_err("rejected");
    assert_eq!(err.code(), Some("SignatureDoesNotMatch"));
}

#[tokio::test]
async fn sts_token_is_carried() {
    let server = MockServer::start().await.expect("mock server");
    for version in [SignatureVersion::V3, SignatureVersion::V1] {
        let credentials = server.credentials().with_security_token("CAIS-sts-token/+=");
        let config = Config::builder()
            .endpoint(server.endpoint())
            .credentials(credentials)
            .signature_version(version)
            .build()
            .expect("config");
        send(&Client::new(&config)).await.expect("accepted");
        let last = server.requests().pop().expect("recorded");
        assert_eq!(last.security_token.as_deref(), Some("CAIS-sts-token/+="), "{version:?}");
    }
}

#[tokio::test]
async fn no_credentials_is_its_own_error() {
    let server = MockServer::start().await.expect("mock server");
    let config = Config::builder().endpoint(server.endpoint()).build().expect("config");
    let err = send(&Client::new(&config)).await.expect_err("no credentials");
    assert!(matches!(err, Error::NoCredentials(_)), "{err:?}");
    assert!(server.requests().is_empty());
}

#[tokio::test]
async fn sensitive_phone_number_never_shows_in_debug() {
    let (_server, client) = setup().await;
    let builder = client
        .send_verification_code_for_bind_secure_mobile_phone()
        .account_id("1386606283480000")
        .secure_mobile_phone("xx-13900001234");
    let shown = format!("{:?} {:?}", builder.as_request(), builder);
    assert!(!shown.contains("13900001234"), "{shown}");
    assert!(shown.contains("1386606283480000"));
}

#[test]
fn client_is_cheap_to_clone_and_thread_safe() {
    fn assert_send_sync_clone<T: Send + Sync + Clone + 'static>() {}
    assert_send_sync_clone::<Client>();
    assert_send_sync_clone::<Config>();
}

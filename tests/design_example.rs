//! DESIGN.md's "face users see" example, as written, against the mock server
//! (only the config also names the mock's endpoint and key pair).

use alibabacloud::mock::{MockResponse, MockServer};
use alibabacloud::resourcemanager::operation::send_verification_code_for_bind_secure_mobile_phone::SendVerificationCodeForBindSecureMobilePhoneError as SendCodeError;
use alibabacloud::resourcemanager::Client;
use alibabacloud::{Config, Credentials};

async fn design_example(
    endpoint: String,
    credentials: Credentials,
) -> Result<&'static str, Box<dyn std::error::Error>> {
    let config = Config::builder().endpoint(endpoint).credentials(credentials).build()?;
    let client = Client::new(&config);
    let out = client
        .send_verification_code_for_bind_secure_mobile_phone()
        .account_id("1386606283480000")
        .secure_mobile_phone("xx-13900001234")
        .send()
        .await;
    match out {
        Ok(resp) => {
            println!("code expires at {:?}", resp.expiration_date);
            Ok("sent")
        }
        Err(err) => match err.as_service_error() {
            Some(SendCodeError::SendValidateCodeExceedsLimitForAccount { .. }) => Ok("wait until tomorrow"),
            _ => Err(err.into()),
        },
    }
}

#[tokio::test]
async fn design_example_runs_as_written() {
    let server = MockServer::start().await.expect("mock server");
    assert_eq!(
        design_example(server.endpoint(), server.credentials())
            .await
            .expect("sent"),
        "sent"
    );
    server.script(
        "SendVerificationCodeForBindSecureMobilePhone",
        MockResponse::error(409, "SendValidateCodeExceedsLimitForAccount", "limit"),
    );
    assert_eq!(
        design_example(server.endpoint(), server.credentials())
            .await
            .expect("matched"),
        "wait until tomorrow"
    );
    server.script(
        "SendVerificationCodeForBindSecureMobilePhone",
        MockResponse::error(409, "Other", "other"),
    );
    let err = design_example(server.endpoint(), server.credentials())
        .await
        .expect_err("other errors propagate");
    assert!(err.to_string().contains("Other"), "{err}");
}

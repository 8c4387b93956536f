//! A real round trip without credentials: starts the built-in mock server, calls
//! `SendVerificationCodeForBindSecureMobilePhone`, then scripts the daily-limit error
//! and shows the typed variant being matched.
//!
//! Run with `cargo run --example quickstart`.

use alibabacloud::mock::{MockResponse, MockServer};
use alibabacloud::resourcemanager::operation::send_verification_code_for_bind_secure_mobile_phone::SendVerificationCodeForBindSecureMobilePhoneError as SendCodeError;
use alibabacloud::resourcemanager::Client;
use alibabacloud::{Config, OperationError};

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    // The mock server checks signatures with a known key pair, like the real service would.
    let server = MockServer::start().await?;
    let config = Config::builder()
        .endpoint(server.endpoint())
        .credentials(server.credentials())
        .build()?;
    let client = Client::new(&config);
    println!("mock server listening at {}", server.endpoint());

    let response = client
        .send_verification_code_for_bind_secure_mobile_phone()
        .account_id("1386606283480000")
        .secure_mobile_phone("xx-13900001234")
        .send()
        .await?;
    println!(
        "request id {:?}: code expires at {:?}",
        response.request_id, response.expiration_date
    );

    // Script the error the service gives after 100 codes in a day, and call again.
    server.script(
        "SendVerificationCodeForBindSecureMobilePhone",
        MockResponse::error(
            409,
            "SendValidateCodeExceedsLimitForAccount",
            "For the same account, the number of verification codes sent exceeds the limit.",
        ),
    );
    let second = client
        .send_verification_code_for_bind_secure_mobile_phone()
        .account_id("1386606283480000")
        .secure_mobile_phone("xx-13900001234")
        .send()
        .await;
    match second {
        Ok(response) => println!("unexpected success: {response:?}"),
        Err(err) => match err.as_service_error() {
            Some(SendCodeError::SendValidateCodeExceedsLimitForAccount(details)) => {
                println!(
                    "typed error matched: SendValidateCodeExceedsLimitForAccount (HTTP {}), wait until tomorrow",
                    details.status()
                );
                println!("  code {}, request id {:?}", details.code(), details.request_id());
                println!("  as displayed: {err}");
            }
            Some(other) => println!("another service error: {} ({})", other.code(), other),
            None => return Err(err.into()),
        },
    }
    Ok(())
}

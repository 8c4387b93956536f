//! A local stand-in for Alibaba Cloud, for testing code that uses this SDK (cargo feature `mock`).
//!
//! [`MockServer::start`] listens on `127.0.0.1` and serves every operation of every product
//! compiled into the crate, straight from the generated descriptors. Each request is checked
//! the way the service checks it (signature V3 or V1 with the key pair [`ACCESS_KEY_ID`] /
//! [`ACCESS_KEY_SECRET`], date, nonce, action, version, parameters), recorded, and answered
//! with the next response scripted for its action or, by default, the API's example response.
//! A request that fails a check gets the service's error code and a message saying what to fix.
//!
//! ```
//! use alibabacloud::mock::{MockResponse, MockServer, SignatureKind};
//! use alibabacloud::resourcemanager::Client;
//!
//! # #[tokio::main(flavor = "current_thread")]
//! # async fn main() -> Result<(), Box<dyn std::error::Error>> {
//! let server = MockServer::start().await?;
//! server.script(
//!     "SendVerificationCodeForBindSecureMobilePhone",
//!     MockResponse::error(400, "SendValidateCodeExceedsLimitForAccount", "Too many codes today."),
//! );
//! let client = Client::new(&server.config()?);
//! let send = || {
//!     client
//!         .send_verification_code_for_bind_secure_mobile_phone()
//!         .account_id("1386606283480000")
//!         .secure_mobile_phone("xx-13900001234")
//!         .send()
//! };
//!
//! // The scripted error answers the first call ...
//! let err = send().await.err().ok_or("expected the scripted error")?;
//! assert_eq!(err.code(), Some("SendValidateCodeExceedsLimitForAccount"));
//! // ... and the example response every call after it.
//! let out = send().await?;
//! assert!(out.expiration_date.is_some());
//!
//! let requests = server.requests();
//! assert_eq!(requests.len(), 2);
//! assert_eq!(requests[1].param("AccountId"), Some("1386606283480000"));
//! assert_eq!(requests[1].signature, Some(SignatureKind::V3));
//! # Ok(()) }
//! ```

mod params;
mod request;
mod response;
mod verify;

pub use request::{RecordedRequest, SignatureKind};
pub use response::MockResponse;

use bytes::Bytes;
use http_body_util::{BodyExt, Full, LengthLimitError, Limited};
use hyper::body::Incoming;
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper::{Request, Response};
use hyper_util::rt::{TokioIo, TokioTimer};
use std::collections::{HashMap, VecDeque};
use std::convert::Infallible;
use std::net::{Ipv4Addr, SocketAddr};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant};
use tokio::net::TcpListener;
use tokio::sync::watch;
use tokio::task::JoinHandle;

/// The AccessKey ID the mock server accepts.
pub const ACCESS_KEY_ID: &str = "MockAccessKeyId";
/// The AccessKey secret the mock server verifies signatures with.
pub const ACCESS_KEY_SECRET: &str = "MockAccessKeySecret";

/// Request bodies larger than this are refused (RPC bodies are empty or small forms).
const MAX_BODY_BYTES: usize = 1024 * 1024;
/// A connection that sends no complete request head for this long is closed.
const HEADER_READ_TIMEOUT: Duration = Duration::from_secs(30);
/// Nonces are remembered this long: past it, a replay fails the date check anyway.
const NONCE_MEMORY: Duration = Duration::from_secs(31 * 60);

/// A running mock server. Dropping it stops the server and closes its connections.
pub struct MockServer {
    addr: SocketAddr,
    shared: Arc<Shared>,
    accept_loop: JoinHandle<()>,
    // Dropping the sender tells the accept loop and every connection to stop.
    _shutdown: watch::Sender<()>,
}

impl std::fmt::Debug for MockServer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("MockServer")
            .field("addr", &self.addr)
            .finish_non_exhaustive()
    }
}

impl MockServer {
    /// Starts a server on `127.0.0.1` with a free port, serving every product in this build.
    /// Must be called within a Tokio runtime.
    pub async fn start() -> std::io::Result<MockServer> {
        let listener = TcpListener::bind((Ipv4Addr::LOCALHOST, 0)).await?;
        let addr = listener.local_addr()?;
        let shared = Arc::new(Shared::default());
        let (shutdown, stopped) = watch::channel(());
        let accept_loop = tokio::spawn(accept_loop(listener, Arc::clone(&shared), stopped));
        Ok(MockServer {
            addr,
            shared,
            accept_loop,
            _shutdown: shutdown,
        })
    }

    /// The URL to send requests to, e.g. `http://127.0.0.1:49152`.
    pub fn endpoint(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// The address the server listens on.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// The key pair the server accepts: [`ACCESS_KEY_ID`] and [`ACCESS_KEY_SECRET`].
    pub fn credentials(&self) -> crate::Credentials {
        crate::Credentials::access_key(ACCESS_KEY_ID, ACCESS_KEY_SECRET)
    }

    /// A [`Config`](crate::Config) pointing at this server with its credentials. Fails only
    /// when the HTTP client cannot be built.
    pub fn config(&self) -> Result<crate::Config, crate::ConfigError> {
        crate::Config::builder()
            .endpoint(self.endpoint())
            .credentials(self.credentials())
            .build()
    }

    /// Queues `response` for the next request of `action` that passes every check. Each
    /// scripted response answers one request, first in first out; once the queue is empty,
    /// the action answers 200 with its example response again.
    pub fn script(&self, action: &str, response: MockResponse) {
        if !crate::PRODUCTS
            .iter()
            .any(|product| product.operation(action).is_some())
        {
            tracing::warn!(
                action,
                "mock server: scripted a response for an action no compiled product has"
            );
        }
        self.shared
            .lock()
            .scripts
            .entry(action.to_string())
            .or_default()
            .push_back(response);
    }

    /// Every request received so far, in order, including rejected ones.
    pub fn requests(&self) -> Vec<RecordedRequest> {
        self.shared.lock().requests.clone()
    }

    /// Forgets the recorded requests (scripted responses and seen nonces stay).
    pub fn clear_requests(&self) {
        self.shared.lock().requests.clear();
    }
}

impl Drop for MockServer {
    fn drop(&mut self) {
        self.accept_loop.abort();
    }
}

/// State shared by the handle and every connection.
#[derive(Default)]
struct Shared {
    state: Mutex<State>,
}

#[derive(Default)]
struct State {
    scripts: HashMap<String, VecDeque<MockResponse>>,
    requests: Vec<RecordedRequest>,
    nonces: HashMap<String, Instant>,
    /// Forget old nonces once the map reaches this size.
    prune_at: usize,
}

impl Shared {
    fn lock(&self) -> MutexGuard<'_, State> {
        // A panic elsewhere while holding the lock leaves the data usable; keep serving.
        self.state.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Records `nonce`; true when it had been seen within [`NONCE_MEMORY`].
    fn nonce_used(&self, nonce: &str) -> bool {
        let now = Instant::now();
        let mut state = self.lock();
        if state.nonces.len() >= state.prune_at.max(1024) {
            state.nonces.retain(|_, seen| now.duration_since(*seen) < NONCE_MEMORY);
            state.prune_at = state.nonces.len() * 2;
        }
        match state.nonces.get(nonce) {
            Some(seen) if now.duration_since(*seen) < NONCE_MEMORY => true,
            _ => {
                state.nonces.insert(nonce.to_string(), now);
                false
            }
        }
    }
}

async fn accept_loop(listener: TcpListener, shared: Arc<Shared>, mut stopped: watch::Receiver<()>) {
    loop {
        let accepted = tokio::select! {
            accepted = listener.accept() => accepted,
            _ = stopped.changed() => return,
        };
        let stream = match accepted {
            Ok((stream, _)) => stream,
            Err(err) => {
                // Out of file descriptors and the like: wait a moment rather than spin.
                tracing::debug!(%err, "mock server: accept failed");
                tokio::time::sleep(Duration::from_millis(10)).await;
                continue;
            }
        };
        let shared = Arc::clone(&shared);
        let mut stopped = stopped.clone();
        tokio::spawn(async move {
            let service = service_fn(move |request| handle(Arc::clone(&shared), request));
            let mut builder = http1::Builder::new();
            builder
                .timer(TokioTimer::new())
                .header_read_timeout(HEADER_READ_TIMEOUT);
            let connection = builder.serve_connection(TokioIo::new(stream), service);
            // A malformed request or a reset ends this connection only.
            tokio::select! {
                result = connection => {
                    if let Err(err) = result {
                        tracing::debug!(%err, "mock server: connection ended with an error");
                    }
                }
                _ = stopped.changed() => {}
            }
        });
    }
}

async fn handle(shared: Arc<Shared>, request: Request<Incoming>) -> Result<Response<Full<Bytes>>, Infallible> {
    let (parts, body) = request.into_parts();
    let (body, body_error) = match Limited::new(body, MAX_BODY_BYTES).collect().await {
        Ok(collected) => (collected.to_bytes().to_vec(), None),
        Err(err) if err.downcast_ref::<LengthLimitError>().is_some() => (
            Vec::new(),
            Some(verify::Rejection {
                status: 413,
                code: "RequestEntityTooLarge",
                message: format!("The request body exceeds {MAX_BODY_BYTES} bytes."),
            }),
        ),
        Err(err) => (
            Vec::new(),
            Some(verify::Rejection {
                status: 400,
                code: "IncompleteBody",
                message: format!("The request body could not be read: {err}."),
            }),
        ),
    };
    let headers = parts
        .headers
        .iter()
        .map(|(name, value)| {
            (
                name.as_str().to_string(),
                String::from_utf8_lossy(value.as_bytes()).into_owned(),
            )
        })
        .collect();
    let mut recorded = RecordedRequest::new(
        parts.method.as_str().to_string(),
        parts.uri.path().to_string(),
        parts.uri.query(),
        headers,
        body,
    );
    let outcome = match body_error {
        Some(rejection) => Err(rejection),
        None => verify::check(&recorded, time::OffsetDateTime::now_utc(), |nonce| {
            shared.nonce_used(nonce)
        }),
    };
    let response = match outcome {
        Err(rejection) => {
            recorded.rejection = Some(rejection.code.to_string());
            shared.lock().requests.push(recorded);
            MockResponse::error(rejection.status, rejection.code, &rejection.message)
        }
        Ok(resolved) => {
            let action = resolved.operation.action;
            let mut state = shared.lock();
            state.requests.push(recorded);
            let scripted = state.scripts.get_mut(action).and_then(VecDeque::pop_front);
            drop(state);
            scripted.unwrap_or_else(|| example_response(resolved.operation))
        }
    };
    // The request is recorded before the delay, so a test that times out can still see it.
    if let Some(delay) = response.delay_duration() {
        tokio::time::sleep(delay).await;
    }
    Ok(response.into_hyper())
}

/// 200 with the operation's example response (or just a request id when it has none).
fn example_response(operation: &crate::descriptor::OperationDescriptor) -> MockResponse {
    if operation.example_response.trim().is_empty() {
        MockResponse::json(
            200,
            serde_json::json!({ "RequestId": response::request_id() }).to_string(),
        )
    } else {
        MockResponse::json(200, operation.example_response)
    }
}

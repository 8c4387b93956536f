//! Client configuration: credentials, endpoint, signature, timeouts, HTTP client.

use crate::credentials::Credentials;
use std::time::Duration;

/// Which signature requests carry.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[non_exhaustive]
pub enum SignatureVersion {
    /// `ACS3-HMAC-SHA256` in the `Authorization` header (the default).
    #[default]
    V3,
    /// The older RPC signature: HMAC-SHA1 in the `Signature` query parameter.
    V1,
}

/// Where requests go: `https://host`, or `http://host:port` when named explicitly.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Endpoint {
    pub(crate) scheme: &'static str,
    /// Host and, when not the scheme's default, `:port`: the `host` header that is signed.
    pub(crate) authority: String,
}

impl Endpoint {
    /// Parses `host`, `host:port`, `https://host[:port]` or `http://host[:port]` (path `/` only).
    pub(crate) fn parse(text: &str) -> Result<Endpoint, String> {
        let (scheme, rest) = match text.split_once("://") {
            Some(("https", rest)) => ("https", rest),
            Some(("http", rest)) => ("http", rest),
            Some((other, _)) => return Err(format!("endpoint `{text}`: scheme `{other}` is not http or https")),
            None => ("https", text),
        };
        let authority = rest.strip_suffix('/').unwrap_or(rest);
        if authority.is_empty() || authority.contains(['/', '?', '#', '@', ' ']) {
            return Err(format!("endpoint `{text}`: expected a host with an optional port, such as `resourcemanager.aliyuncs.com` or `http://127.0.0.1:8080`"));
        }
        let default_port = if scheme == "https" { ":443" } else { ":80" };
        let authority = authority
            .strip_suffix(default_port)
            .unwrap_or(authority)
            .to_ascii_lowercase();
        Ok(Endpoint { scheme, authority })
    }

    pub(crate) fn url(&self) -> String {
        format!("{}://{}/", self.scheme, self.authority)
    }
}

/// Shared settings for every client built from it. Cheap to clone.
#[derive(Clone, Debug)]
pub struct Config {
    pub(crate) credentials: Option<Credentials>,
    pub(crate) endpoint: Option<Endpoint>,
    pub(crate) region: Option<String>,
    pub(crate) use_vpc: bool,
    pub(crate) signature_version: Option<SignatureVersion>,
    pub(crate) read_timeout: Duration,
    pub(crate) max_response_bytes: usize,
    pub(crate) http: reqwest::Client,
}

impl Config {
    pub fn builder() -> ConfigBuilder {
        ConfigBuilder::default()
    }
    pub fn credentials(&self) -> Option<&Credentials> {
        self.credentials.as_ref()
    }
    pub fn region(&self) -> Option<&str> {
        self.region.as_deref()
    }
}

pub const DEFAULT_CONNECT_TIMEOUT: Duration = Duration::from_secs(5);
pub const DEFAULT_READ_TIMEOUT: Duration = Duration::from_secs(10);
/// Larger bodies are refused without being read whole.
pub const DEFAULT_MAX_RESPONSE_BYTES: usize = 10 * 1024 * 1024;

/// Builds a [`Config`].
#[derive(Debug, Default)]
pub struct ConfigBuilder {
    credentials: Option<Credentials>,
    endpoint: Option<String>,
    region: Option<String>,
    use_vpc: bool,
    signature_version: Option<SignatureVersion>,
    connect_timeout: Option<Duration>,
    read_timeout: Option<Duration>,
    max_response_bytes: Option<usize>,
    http_client: Option<reqwest::Client>,
}

impl ConfigBuilder {
    pub fn credentials(mut self, credentials: Credentials) -> Self {
        self.credentials = Some(credentials);
        self
    }
    /// Sends every request to this endpoint: a host (HTTPS), or a URL with `http://` or `https://`.
    pub fn endpoint(mut self, endpoint: impl Into<String>) -> Self {
        self.endpoint = Some(endpoint.into());
        self
    }
    /// The region, used to pick a regional endpoint when the product has one.
    pub fn region(mut self, region: impl Into<String>) -> Self {
        self.region = Some(region.into());
        self
    }
    /// Uses the product's VPC endpoint (for callers inside an Alibaba Cloud VPC).
    pub fn use_vpc_endpoint(mut self, use_vpc: bool) -> Self {
        self.use_vpc = use_vpc;
        self
    }
    /// Overrides the product's default signature.
    pub fn signature_version(mut self, version: SignatureVersion) -> Self {
        self.signature_version = Some(version);
        self
    }
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.connect_timeout = Some(timeout);
        self
    }
    /// Limit for one attempt, from sending the request to the end of the response body.
    pub fn read_timeout(mut self, timeout: Duration) -> Self {
        self.read_timeout = Some(timeout);
        self
    }
    /// Responses larger than this are refused (default 10 MiB).
    pub fn max_response_bytes(mut self, bytes: usize) -> Self {
        self.max_response_bytes = Some(bytes);
        self
    }
    /// Uses this HTTP client (proxies, TLS roots, pools) instead of building one;
    /// its own timeouts apply next to ours.
    pub fn http_client(mut self, client: reqwest::Client) -> Self {
        self.http_client = Some(client);
        self
    }

    pub fn build(self) -> Result<Config, ConfigError> {
        let endpoint = self
            .endpoint
            .as_deref()
            .map(Endpoint::parse)
            .transpose()
            .map_err(ConfigError)?;
        let http = match self.http_client {
            Some(client) => client,
            None => reqwest::Client::builder()
                .connect_timeout(self.connect_timeout.unwrap_or(DEFAULT_CONNECT_TIMEOUT))
                .build()
                .map_err(|err| ConfigError(format!("cannot build the HTTP client: {err}")))?,
        };
        Ok(Config {
            credentials: self.credentials,
            endpoint,
            region: self.region,
            use_vpc: self.use_vpc,
            signature_version: self.signature_version,
            read_timeout: self.read_timeout.unwrap_or(DEFAULT_READ_TIMEOUT),
            max_response_bytes: self.max_response_bytes.unwrap_or(DEFAULT_MAX_RESPONSE_BYTES),
            http,
        })
    }
}

/// The configuration is unusable; the message says which setting and why.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("invalid configuration: {0}")]
pub struct ConfigError(pub(crate) String);

/// Settings for one call, overriding the client's.
#[derive(Clone, Debug, Default)]
pub struct CallOptions {
    pub(crate) read_timeout: Option<Duration>,
}

impl CallOptions {
    pub fn new() -> Self {
        CallOptions::default()
    }
    /// Limit for one attempt of this call.
    pub fn read_timeout(mut self, timeout: Duration) -> Self {
        self.read_timeout = Some(timeout);
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn endpoints_default_to_https_and_drop_default_ports() {
        let e = Endpoint::parse("resourcemanager.aliyuncs.com").unwrap();
        assert_eq!(e.url(), "https://resourcemanager.aliyuncs.com/");
        assert_eq!(
            Endpoint::parse("https://Example.com:443/").unwrap().authority,
            "example.com"
        );
        let local = Endpoint::parse("http://127.0.0.1:8080").unwrap();
        assert_eq!((local.scheme, local.authority.as_str()), ("http", "127.0.0.1:8080"));
    }

    #[test]
    fn bad_endpoints_say_what_was_expected() {
        let err = Endpoint::parse("ftp://x").unwrap_err();
        assert!(err.contains("scheme `ftp`"), "{err}");
        assert!(Endpoint::parse("https://host/path")
            .unwrap_err()
            .contains("expected a host"));
        assert!(Endpoint::parse("").is_err());
    }
}

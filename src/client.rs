//! The one generic entry point generated code calls: check, sign, send, read.

use crate::config::{CallOptions, Config, Endpoint, SignatureVersion};
use crate::credentials::Credentials;
use crate::descriptor::{OperationDescriptor, ProductDescriptor};
use crate::error::{
    parse_error_body, CredentialsError, Error, InvalidRequest, OperationError, ResponseError, TimeoutError,
    TransportError, TransportErrorKind,
};
use crate::params::{ParamWriter, WriteParams};
use crate::signing;
use serde::de::DeserializeOwned;
use std::sync::Arc;
use std::time::Instant;
use tracing::Instrument;

/// What a generated `Client` holds: the config and the product it talks to. Cheap to clone.
#[derive(Clone, Debug)]
pub struct ClientHandle {
    inner: Arc<Inner>,
}

#[derive(Debug)]
struct Inner {
    config: Config,
    product: &'static ProductDescriptor,
    endpoint: Endpoint,
}

/// A request ready to go: everything the signature covers, already computed.
struct SignedRequest {
    url: String,
    headers: Vec<(String, String)>,
}

impl ClientHandle {
    pub fn new(config: &Config, product: &'static ProductDescriptor) -> Self {
        let endpoint = resolve_endpoint(config, product);
        ClientHandle {
            inner: Arc::new(Inner {
                config: config.clone(),
                product,
                endpoint,
            }),
        }
    }

    /// Checks required parameters, signs, sends, and reads the response into `O` or `E`.
    pub async fn invoke<R, O, E>(
        &self,
        op: &'static OperationDescriptor,
        request: &R,
        options: &CallOptions,
    ) -> Result<O, Error<E>>
    where
        R: WriteParams,
        O: DeserializeOwned,
        E: OperationError,
    {
        let span = tracing::debug_span!(
            "alibabacloud.call",
            product = self.inner.product.name,
            action = op.action,
            status = tracing::field::Empty,
            request_id = tracing::field::Empty,
        );
        self.invoke_inner(op, request, options).instrument(span).await
    }

    async fn invoke_inner<R, O, E>(
        &self,
        op: &'static OperationDescriptor,
        request: &R,
        options: &CallOptions,
    ) -> Result<O, Error<E>>
    where
        R: WriteParams,
        O: DeserializeOwned,
        E: OperationError,
    {
        let params = collect_params(op, request)?;
        let credentials = self.inner.config.credentials.clone().ok_or_else(|| {
            CredentialsError::new("no credentials configured: set them with Config::builder().credentials(..)")
        })?;
        let started = Instant::now();
        let signed = self
            .sign(op, &params, &credentials)
            .map_err(|err| Error::InvalidRequest(InvalidRequest::Config(err)))?;
        let timeout = options.read_timeout.unwrap_or(self.inner.config.read_timeout);
        let exchange = self.exchange(op, signed);
        let (status, body) = match tokio::time::timeout(timeout, exchange).await {
            Ok(result) => result?,
            Err(_) => {
                return Err(TimeoutError {
                    what: "no complete response",
                    after: timeout,
                }
                .into())
            }
        };
        let span = tracing::Span::current();
        span.record("status", status);
        tracing::debug!(
            elapsed_ms = started.elapsed().as_millis() as u64,
            bytes = body.len(),
            "response"
        );
        if !(200..300).contains(&status) {
            let error = parse_error_body(status, &body)?;
            if let Some(request_id) = error.request_id() {
                span.record("request_id", request_id);
            }
            return Err(Error::Service(E::from_service_error(error)));
        }
        if body.is_empty() {
            return Err(ResponseError::new(status, "expected a JSON object, found an empty body", &body).into());
        }
        serde_json::from_slice(&body).map_err(|err| {
            ResponseError::new(
                status,
                format!("expected the {} response JSON: {err}", op.action),
                &body,
            )
            .into()
        })
    }

    fn sign(
        &self,
        op: &OperationDescriptor,
        params: &[(String, String)],
        credentials: &Credentials,
    ) -> Result<SignedRequest, String> {
        let product = self.inner.product;
        let nonce = signing::nonce().map_err(|err| format!("no random source for the signature nonce: {err}"))?;
        let date = signing::timestamp(time::OffsetDateTime::now_utc());
        let method = op.method.as_str();
        let base = self.inner.endpoint.url();
        let version = self.inner.config.signature_version.unwrap_or(product.signing);
        match version {
            SignatureVersion::V3 => {
                let query = signing::canonical_query(params);
                let mut headers: Vec<(String, String)> = vec![
                    ("host".into(), self.inner.endpoint.authority.clone()),
                    ("x-acs-action".into(), op.action.into()),
                    ("x-acs-content-sha256".into(), signing::EMPTY_BODY_SHA256.into()),
                    ("x-acs-date".into(), date),
                    ("x-acs-signature-nonce".into(), nonce),
                    ("x-acs-version".into(), product.version.into()),
                ];
                if let Some(token) = credentials.security_token() {
                    headers.push(("x-acs-security-token".into(), token.into()));
                }
                let signature = signing::sign_v3(
                    credentials.access_key_id(),
                    credentials.access_key_secret(),
                    method,
                    "/",
                    &query,
                    &headers,
                    signing::EMPTY_BODY_SHA256,
                );
                // `host` is set by the HTTP client from the URL, to the same value.
                headers.retain(|(name, _)| name != "host");
                headers.push(("authorization".into(), signature.authorization));
                Ok(SignedRequest {
                    url: with_query(base, &query),
                    headers,
                })
            }
            SignatureVersion::V1 => {
                let mut all: Vec<(String, String)> = params.to_vec();
                let common = [
                    ("AccessKeyId", credentials.access_key_id().to_string()),
                    ("Action", op.action.to_string()),
                    ("Format", "JSON".to_string()),
                    ("SignatureMethod", "HMAC-SHA1".to_string()),
                    ("SignatureNonce", nonce),
                    ("SignatureVersion", "1.0".to_string()),
                    ("Timestamp", date),
                    ("Version", product.version.to_string()),
                ];
                all.extend(common.into_iter().map(|(k, v)| (k.to_string(), v)));
                if let Some(token) = credentials.security_token() {
                    all.push(("SecurityToken".into(), token.into()));
                }
                let signature = signing::sign_v1(credentials.access_key_secret(), method, &all);
                all.push(("Signature".into(), signature.signature));
                Ok(SignedRequest {
                    url: with_query(base, &signing::canonical_query(&all)),
                    headers: Vec::new(),
                })
            }
        }
    }

    /// One HTTP exchange: send, then read the body up to the configured cap.
    async fn exchange<E>(&self, op: &OperationDescriptor, signed: SignedRequest) -> Result<(u16, Vec<u8>), Error<E>> {
        let http = &self.inner.config.http;
        let mut builder = match op.method {
            crate::descriptor::HttpMethod::Post => http.post(&signed.url),
            crate::descriptor::HttpMethod::Get => http.get(&signed.url),
        };
        for (name, value) in &signed.headers {
            builder = builder.header(name.as_str(), value);
        }
        let mut response = builder
            .send()
            .await
            .map_err(|err| transport_error(&self.inner.endpoint, err))?;
        let status = response.status().as_u16();
        let limit = self.inner.config.max_response_bytes;
        if let Some(length) = response.content_length().filter(|length| *length > limit as u64) {
            return Err(ResponseError::new(
                status,
                format!("response of {length} bytes exceeds the limit of {limit} bytes"),
                b"",
            )
            .into());
        }
        let mut body = Vec::new();
        while let Some(chunk) = response
            .chunk()
            .await
            .map_err(|err| transport_error(&self.inner.endpoint, err))?
        {
            if body.len() + chunk.len() > limit {
                return Err(
                    ResponseError::new(status, format!("response exceeds the limit of {limit} bytes"), &body).into(),
                );
            }
            body.extend_from_slice(&chunk);
        }
        Ok((status, body))
    }
}

/// The request's parameters, after checking that every required one is present.
fn collect_params<R: WriteParams>(
    op: &'static OperationDescriptor,
    request: &R,
) -> Result<Vec<(String, String)>, InvalidRequest> {
    let mut writer = ParamWriter::new();
    request.write_params(&mut writer);
    if let Some(missing) = op.params.iter().find(|p| p.required && !writer.contains(p.name)) {
        return Err(InvalidRequest::MissingParameter {
            action: op.action,
            name: missing.name,
        });
    }
    if let Some((name, reason)) = writer.encoding_error() {
        return Err(InvalidRequest::Encoding {
            action: op.action,
            name: name.clone(),
            reason: reason.clone(),
        });
    }
    Ok(writer.into_params())
}

fn with_query(mut base: String, query: &str) -> String {
    if !query.is_empty() {
        base.push('?');
        base.push_str(query);
    }
    base
}

fn transport_error(endpoint: &Endpoint, err: reqwest::Error) -> TransportError {
    let kind = if err.is_connect() {
        TransportErrorKind::Connect
    } else {
        TransportErrorKind::AfterSend
    };
    TransportError {
        kind,
        url: endpoint.url(),
        source: Box::new(err),
    }
}

/// Explicit endpoint > VPC endpoint (if asked) > the region's endpoint > the product default.
fn resolve_endpoint(config: &Config, product: &ProductDescriptor) -> Endpoint {
    if let Some(endpoint) = &config.endpoint {
        return endpoint.clone();
    }
    let regional = config.region.as_deref().and_then(|region| {
        product
            .regional_endpoints
            .iter()
            .find(|(r, _)| *r == region)
            .map(|(_, host)| *host)
    });
    let host = match (config.use_vpc, product.vpc_endpoint) {
        (true, Some(vpc)) => vpc,
        _ => regional.unwrap_or(product.endpoint),
    };
    Endpoint {
        scheme: "https",
        authority: host.to_string(),
    }
}

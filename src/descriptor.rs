//! Static descriptions of products and operations, emitted by the generator.
//! The runtime and the mock server read these; neither ever reads YAML.

use crate::config::SignatureVersion;

/// A product: name, version, endpoints and its operations.
#[derive(Debug)]
pub struct ProductDescriptor {
    pub name: &'static str,
    pub version: &'static str,
    pub signing: SignatureVersion,
    /// Default endpoint host.
    pub endpoint: &'static str,
    pub vpc_endpoint: Option<&'static str>,
    /// (region id, host) for regions whose host differs from `endpoint`.
    pub regional_endpoints: &'static [(&'static str, &'static str)],
    pub operations: &'static [&'static OperationDescriptor],
}

impl ProductDescriptor {
    pub fn operation(&self, action: &str) -> Option<&'static OperationDescriptor> {
        self.operations.iter().copied().find(|op| op.action == action)
    }
}

/// One operation.
#[derive(Debug)]
pub struct OperationDescriptor {
    pub action: &'static str,
    pub method: HttpMethod,
    /// Only reads: may be retried after a timeout.
    pub read_only: bool,
    pub params: &'static [ParamDescriptor],
    /// The spec's example response, compact JSON (served by the mock server).
    pub example_response: &'static str,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HttpMethod {
    Post,
    Get,
}

impl HttpMethod {
    pub fn as_str(self) -> &'static str {
        match self {
            HttpMethod::Post => "POST",
            HttpMethod::Get => "GET",
        }
    }
}

/// One top-level request parameter.
#[derive(Debug)]
pub struct ParamDescriptor {
    pub name: &'static str,
    pub kind: ParamKind,
    pub required: bool,
    /// Redacted in logs and Debug output.
    pub sensitive: bool,
    pub style: ParamStyle,
}

/// A parameter's shape on the wire, as far as the mock server checks it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParamKind {
    String,
    Integer,
    Number,
    Boolean,
    /// `Name.N` (flat) or one JSON array (json style).
    List,
    /// `Name.Field` (flat) or one JSON object (json style).
    Struct,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParamStyle {
    Flat,
    Json,
}

/// The operation as the runtime sees it: action, method, parameters, example response.
pub static OPERATION: ::alibabacloud::__private::OperationDescriptor = ::alibabacloud::__private::OperationDescriptor {
    action: "DisableControlPolicy",
    method: ::alibabacloud::__private::HttpMethod::Post,
    read_only: false,
    params: &[],
    example_response: "{\"EnablementStatus\":\"PendingDisable\",\"RequestId\":\"7C709979-451D-4C92-835D-7DDCCAA562E9\"}",
};
/// Input of [`DisableControlPolicy`](super::super::Client::disable_control_policy).
#[derive(Clone, Default, PartialEq)]
pub struct DisableControlPolicyRequest {}
impl ::std::fmt::Debug for DisableControlPolicyRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DisableControlPolicyRequest").finish()
    }
}
impl ::alibabacloud::__private::WriteParams for DisableControlPolicyRequest {
    fn write_params(&self, _writer: &mut ::alibabacloud::__private::ParamWriter) {}
}
/// Builds and sends a [`DisableControlPolicyRequest`] request; get one from [`Client::disable_control_policy`](super::super::Client::disable_control_policy).
#[derive(Clone, Debug)]
pub struct DisableControlPolicyFluentBuilder {
    handle: ::alibabacloud::__private::ClientHandle,
    request: DisableControlPolicyRequest,
    options: ::alibabacloud::CallOptions,
}
impl DisableControlPolicyFluentBuilder {
    pub(crate) fn new(handle: ::alibabacloud::__private::ClientHandle) -> Self {
        DisableControlPolicyFluentBuilder {
            handle,
            request: ::std::default::Default::default(),
            options: ::std::default::Default::default(),
        }
    }
    /// The request as built so far.
    pub fn as_request(&self) -> &DisableControlPolicyRequest {
        &self.request
    }
    /// Replaces the whole request.
    pub fn request(mut self, request: DisableControlPolicyRequest) -> Self {
        self.request = request;
        self
    }
    /// Overrides client settings (timeouts, retries) for this call only.
    pub fn call_options(mut self, options: ::alibabacloud::CallOptions) -> Self {
        self.options = options;
        self
    }
    /// Sends the request. Required parameters are checked first; a missing one is an
    /// [`Error::InvalidRequest`](::alibabacloud::Error::InvalidRequest) and nothing is sent.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        DisableControlPolicyResponse,
        ::alibabacloud::Error<DisableControlPolicyError>,
    > {
        self.handle.invoke(&OPERATION, &self.request, &self.options).await
    }
}
impl DisableControlPolicyResponse {}
/// Output of [`DisableControlPolicy`](super::super::Client::disable_control_policy).
#[derive(Clone, Default, PartialEq, ::alibabacloud::__private::serde::Deserialize)]
#[serde(crate = "::alibabacloud::__private::serde", default)]
#[non_exhaustive]
pub struct DisableControlPolicyResponse {
    /// 管控策略状态。取值：
    ///
    /// - Enabled：已开启。
    /// - PendingEnable：开启中。
    /// - Disabled：已关闭。
    /// - PendingDisable：关闭中。
    ///
    /// Wire name `EnablementStatus`. Example: `PendingDisable`.
    #[serde(rename = "EnablementStatus", skip_serializing_if = "Option::is_none")]
    pub enablement_status: ::std::option::Option<::std::string::String>,
    /// 请求ID。
    ///
    /// Wire name `RequestId`. Example: `7C709979-451D-4C92-835D-7DDCCAA562E9`.
    #[serde(rename = "RequestId", skip_serializing_if = "Option::is_none")]
    pub request_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for DisableControlPolicyResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DisableControlPolicyResponse")
            .field("enablement_status", &self.enablement_status)
            .field("request_id", &self.request_id)
            .finish()
    }
}
/// The errors [`DisableControlPolicy`](super::super::Client::disable_control_policy) documents, plus [`Unhandled`](DisableControlPolicyError::Unhandled) for any other code.
///
/// Every variant carries the full [`ServiceError`](::alibabacloud::ServiceError): code, message, request id, HTTP status.
#[derive(Debug)]
#[non_exhaustive]
pub enum DisableControlPolicyError {
    /// An error code this operation does not document; `code()` tells which.
    Unhandled(::alibabacloud::ServiceError),
}
impl ::alibabacloud::__private::ServiceErrorKind for DisableControlPolicyError {
    fn from_service_error(error: ::alibabacloud::ServiceError) -> Self {
        DisableControlPolicyError::Unhandled(error)
    }
    fn service_error(&self) -> &::alibabacloud::ServiceError {
        match self {
            DisableControlPolicyError::Unhandled(error) => error,
        }
    }
}
impl ::std::fmt::Display for DisableControlPolicyError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        ::std::fmt::Display::fmt(
            ::alibabacloud::__private::ServiceErrorKind::service_error(self),
            f,
        )
    }
}
impl ::std::error::Error for DisableControlPolicyError {}

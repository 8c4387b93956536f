/// The operation as the runtime sees it: action, method, parameters, example response.
pub static OPERATION: ::alibabacloud::__private::OperationDescriptor = ::alibabacloud::__private::OperationDescriptor {
    action: "EnableControlPolicy",
    method: ::alibabacloud::__private::HttpMethod::Post,
    read_only: false,
    params: &[],
    example_response: "{\"EnablementStatus\":\"PendingEnable\",\"RequestId\":\"8CE7BD95-EFFA-4911-A1E0-BD4412697FEB\"}",
};
/// Input of [`EnableControlPolicy`](super::super::Client::enable_control_policy).
#[derive(Clone, Default, PartialEq)]
pub struct EnableControlPolicyRequest {}
impl ::std::fmt::Debug for EnableControlPolicyRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("EnableControlPolicyRequest").finish()
    }
}
impl ::alibabacloud::__private::WriteParams for EnableControlPolicyRequest {
    fn write_params(&self, _writer: &mut ::alibabacloud::__private::ParamWriter) {}
}
/// Builds and sends a [`EnableControlPolicyRequest`] request; get one from [`Client::enable_control_policy`](super::super::Client::enable_control_policy).
#[derive(Clone, Debug)]
pub struct EnableControlPolicyFluentBuilder {
    handle: ::alibabacloud::__private::ClientHandle,
    request: EnableControlPolicyRequest,
    options: ::alibabacloud::CallOptions,
}
impl EnableControlPolicyFluentBuilder {
    pub(crate) fn new(handle: ::alibabacloud::__private::ClientHandle) -> Self {
        EnableControlPolicyFluentBuilder {
            handle,
            request: ::std::default::Default::default(),
            options: ::std::default::Default::default(),
        }
    }
    /// The request as built so far.
    pub fn as_request(&self) -> &EnableControlPolicyRequest {
        &self.request
    }
    /// Replaces the whole request.
    pub fn request(mut self, request: EnableControlPolicyRequest) -> Self {
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
        EnableControlPolicyResponse,
        ::alibabacloud::Error<EnableControlPolicyError>,
    > {
        self.handle.invoke(&OPERATION, &self.request, &self.options).await
    }
}
impl EnableControlPolicyResponse {}
/// Output of [`EnableControlPolicy`](super::super::Client::enable_control_policy).
#[derive(Clone, Default, PartialEq, ::alibabacloud::__private::serde::Deserialize)]
#[serde(crate = "::alibabacloud::__private::serde", default)]
#[non_exhaustive]
pub struct EnableControlPolicyResponse {
    /// 管控策略状态。取值：
    ///
    /// - Enabled：已开启。
    /// - PendingEnable：开启中。
    /// - Disabled：已关闭。
    /// - PendingDisable：关闭中。
    ///
    /// Wire name `EnablementStatus`. Example: `PendingEnable`.
    #[serde(rename = "EnablementStatus", skip_serializing_if = "Option::is_none")]
    pub enablement_status: ::std::option::Option<::std::string::String>,
    /// 请求ID。
    ///
    /// Wire name `RequestId`. Example: `8CE7BD95-EFFA-4911-A1E0-BD4412697FEB`.
    #[serde(rename = "RequestId", skip_serializing_if = "Option::is_none")]
    pub request_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for EnableControlPolicyResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("EnableControlPolicyResponse")
            .field("enablement_status", &self.enablement_status)
            .field("request_id", &self.request_id)
            .finish()
    }
}
/// The errors [`EnableControlPolicy`](super::super::Client::enable_control_policy) documents, plus [`Unhandled`](EnableControlPolicyError::Unhandled) for any other code.
///
/// Every variant carries the full [`ServiceError`](::alibabacloud::ServiceError): code, message, request id, HTTP status.
#[derive(Debug)]
#[non_exhaustive]
pub enum EnableControlPolicyError {
    /// HTTP 409 `Throttling.EnableControlPolicy`: The enable operation is too frequent. Please try again in %s minute(s).
    ThrottlingEnableControlPolicy(::alibabacloud::ServiceError),
    /// An error code this operation does not document; `code()` tells which.
    Unhandled(::alibabacloud::ServiceError),
}
impl ::alibabacloud::__private::ServiceErrorKind for EnableControlPolicyError {
    fn from_service_error(error: ::alibabacloud::ServiceError) -> Self {
        match error.code() {
            "Throttling.EnableControlPolicy" => {
                EnableControlPolicyError::ThrottlingEnableControlPolicy(error)
            }
            _ => EnableControlPolicyError::Unhandled(error),
        }
    }
    fn service_error(&self) -> &::alibabacloud::ServiceError {
        match self {
            EnableControlPolicyError::ThrottlingEnableControlPolicy(error)
            | EnableControlPolicyError::Unhandled(error) => error,
        }
    }
}
impl ::std::fmt::Display for EnableControlPolicyError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        ::std::fmt::Display::fmt(
            ::alibabacloud::__private::ServiceErrorKind::service_error(self),
            f,
        )
    }
}
impl ::std::error::Error for EnableControlPolicyError {}

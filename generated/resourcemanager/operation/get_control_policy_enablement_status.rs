/// The operation as the runtime sees it: action, method, parameters, example response.
pub static OPERATION: ::alibabacloud::__private::OperationDescriptor = ::alibabacloud::__private::OperationDescriptor {
    action: "GetControlPolicyEnablementStatus",
    method: ::alibabacloud::__private::HttpMethod::Post,
    read_only: true,
    params: &[],
    example_response: "{\"EnablementStatus\":\"Disabled\",\"RequestId\":\"1DC39A4E-3B52-4EFE-9F93-4897D7FFA0C4\"}",
};
/// Input of [`GetControlPolicyEnablementStatus`](super::super::Client::get_control_policy_enablement_status).
#[derive(Clone, Default, PartialEq)]
pub struct GetControlPolicyEnablementStatusRequest {}
impl ::std::fmt::Debug for GetControlPolicyEnablementStatusRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetControlPolicyEnablementStatusRequest").finish()
    }
}
impl ::alibabacloud::__private::WriteParams for GetControlPolicyEnablementStatusRequest {
    fn write_params(&self, _writer: &mut ::alibabacloud::__private::ParamWriter) {}
}
/// Builds and sends a [`GetControlPolicyEnablementStatusRequest`] request; get one from [`Client::get_control_policy_enablement_status`](super::super::Client::get_control_policy_enablement_status).
#[derive(Clone, Debug)]
pub struct GetControlPolicyEnablementStatusFluentBuilder {
    handle: ::alibabacloud::__private::ClientHandle,
    request: GetControlPolicyEnablementStatusRequest,
    options: ::alibabacloud::CallOptions,
}
impl GetControlPolicyEnablementStatusFluentBuilder {
    pub(crate) fn new(handle: ::alibabacloud::__private::ClientHandle) -> Self {
        GetControlPolicyEnablementStatusFluentBuilder {
            handle,
            request: ::std::default::Default::default(),
            options: ::std::default::Default::default(),
        }
    }
    /// The request as built so far.
    pub fn as_request(&self) -> &GetControlPolicyEnablementStatusRequest {
        &self.request
    }
    /// Replaces the whole request.
    pub fn request(mut self, request: GetControlPolicyEnablementStatusRequest) -> Self {
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
        GetControlPolicyEnablementStatusResponse,
        ::alibabacloud::Error<GetControlPolicyEnablementStatusError>,
    > {
        self.handle.invoke(&OPERATION, &self.request, &self.options).await
    }
}
impl GetControlPolicyEnablementStatusResponse {}
/// Output of [`GetControlPolicyEnablementStatus`](super::super::Client::get_control_policy_enablement_status).
#[derive(Clone, Default, PartialEq, ::alibabacloud::__private::serde::Deserialize)]
#[serde(crate = "::alibabacloud::__private::serde", default)]
#[non_exhaustive]
pub struct GetControlPolicyEnablementStatusResponse {
    /// 管控策略状态。取值：
    ///
    /// - Enabled：已开启。
    /// - PendingEnable：开启中。
    /// - Disabled：已关闭。
    /// - PendingDisable：关闭中。
    ///
    /// Wire name `EnablementStatus`. Example: `Disabled`.
    #[serde(rename = "EnablementStatus", skip_serializing_if = "Option::is_none")]
    pub enablement_status: ::std::option::Option<::std::string::String>,
    /// 请求ID。
    ///
    /// Wire name `RequestId`. Example: `1DC39A4E-3B52-4EFE-9F93-4897D7FFA0C4`.
    #[serde(rename = "RequestId", skip_serializing_if = "Option::is_none")]
    pub request_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for GetControlPolicyEnablementStatusResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetControlPolicyEnablementStatusResponse")
            .field("enablement_status", &self.enablement_status)
            .field("request_id", &self.request_id)
            .finish()
    }
}
/// The errors [`GetControlPolicyEnablementStatus`](super::super::Client::get_control_policy_enablement_status) documents, plus [`Unhandled`](GetControlPolicyEnablementStatusError::Unhandled) for any other code.
///
/// Every variant carries the full [`ServiceError`](::alibabacloud::ServiceError): code, message, request id, HTTP status.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetControlPolicyEnablementStatusError {
    /// An error code this operation does not document; `code()` tells which.
    Unhandled(::alibabacloud::ServiceError),
}
impl ::alibabacloud::__private::ServiceErrorKind
for GetControlPolicyEnablementStatusError {
    fn from_service_error(error: ::alibabacloud::ServiceError) -> Self {
        GetControlPolicyEnablementStatusError::Unhandled(error)
    }
    fn service_error(&self) -> &::alibabacloud::ServiceError {
        match self {
            GetControlPolicyEnablementStatusError::Unhandled(error) => error,
        }
    }
}
impl ::std::fmt::Display for GetControlPolicyEnablementStatusError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        ::std::fmt::Display::fmt(
            ::alibabacloud::__private::ServiceErrorKind::service_error(self),
            f,
        )
    }
}
impl ::std::error::Error for GetControlPolicyEnablementStatusError {}

/// The operation as the runtime sees it: action, method, parameters, example response.
pub static OPERATION: ::alibabacloud::__private::OperationDescriptor = ::alibabacloud::__private::OperationDescriptor {
    action: "DeleteControlPolicy",
    method: ::alibabacloud::__private::HttpMethod::Post,
    read_only: false,
    params: &[
        ::alibabacloud::__private::ParamDescriptor {
            name: "PolicyId",
            kind: ::alibabacloud::__private::ParamKind::String,
            required: true,
            sensitive: false,
            style: ::alibabacloud::__private::ParamStyle::Flat,
        },
    ],
    example_response: "{\"RequestId\":\"C8541E06-B207-46BF-92C9-DC8DE4609D75\"}",
};
/// Input of [`DeleteControlPolicy`](super::super::Client::delete_control_policy).
#[derive(Clone, Default, PartialEq)]
pub struct DeleteControlPolicyRequest {
    /// 管控策略ID。
    ///
    /// Wire name `PolicyId`; required. Example: `cp-SImPt8GCEwiq****`.
    pub policy_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for DeleteControlPolicyRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DeleteControlPolicyRequest")
            .field("policy_id", &self.policy_id)
            .finish()
    }
}
impl ::alibabacloud::__private::WriteParams for DeleteControlPolicyRequest {
    fn write_params(&self, writer: &mut ::alibabacloud::__private::ParamWriter) {
        writer.put("PolicyId", &self.policy_id);
    }
}
/// Builds and sends a [`DeleteControlPolicyRequest`] request; get one from [`Client::delete_control_policy`](super::super::Client::delete_control_policy).
#[derive(Clone, Debug)]
pub struct DeleteControlPolicyFluentBuilder {
    handle: ::alibabacloud::__private::ClientHandle,
    request: DeleteControlPolicyRequest,
    options: ::alibabacloud::CallOptions,
}
impl DeleteControlPolicyFluentBuilder {
    pub(crate) fn new(handle: ::alibabacloud::__private::ClientHandle) -> Self {
        DeleteControlPolicyFluentBuilder {
            handle,
            request: ::std::default::Default::default(),
            options: ::std::default::Default::default(),
        }
    }
    /// The request as built so far.
    pub fn as_request(&self) -> &DeleteControlPolicyRequest {
        &self.request
    }
    /// Replaces the whole request.
    pub fn request(mut self, request: DeleteControlPolicyRequest) -> Self {
        self.request = request;
        self
    }
    /// Overrides client settings (timeouts, retries) for this call only.
    pub fn call_options(mut self, options: ::alibabacloud::CallOptions) -> Self {
        self.options = options;
        self
    }
    /// 管控策略ID。
    ///
    /// Wire name `PolicyId`; required. Example: `cp-SImPt8GCEwiq****`.
    pub fn policy_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.request.policy_id = Some(value.into());
        self
    }
    ///Sets or clears `PolicyId`.
    pub fn set_policy_id(
        mut self,
        value: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.request.policy_id = value;
        self
    }
    /// Sends the request. Required parameters are checked first; a missing one is an
    /// [`Error::InvalidRequest`](::alibabacloud::Error::InvalidRequest) and nothing is sent.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        DeleteControlPolicyResponse,
        ::alibabacloud::Error<DeleteControlPolicyError>,
    > {
        self.handle.invoke(&OPERATION, &self.request, &self.options).await
    }
}
impl DeleteControlPolicyResponse {}
/// Output of [`DeleteControlPolicy`](super::super::Client::delete_control_policy).
#[derive(Clone, Default, PartialEq, ::alibabacloud::__private::serde::Deserialize)]
#[serde(crate = "::alibabacloud::__private::serde", default)]
#[non_exhaustive]
pub struct DeleteControlPolicyResponse {
    /// 请求ID。
    ///
    /// Wire name `RequestId`. Example: `C8541E06-B207-46BF-92C9-DC8DE4609D75`.
    #[serde(rename = "RequestId", skip_serializing_if = "Option::is_none")]
    pub request_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for DeleteControlPolicyResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DeleteControlPolicyResponse")
            .field("request_id", &self.request_id)
            .finish()
    }
}
/// The errors [`DeleteControlPolicy`](super::super::Client::delete_control_policy) documents, plus [`Unhandled`](DeleteControlPolicyError::Unhandled) for any other code.
///
/// Every variant carries the full [`ServiceError`](::alibabacloud::ServiceError): code, message, request id, HTTP status.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteControlPolicyError {
    /// An error code this operation does not document; `code()` tells which.
    Unhandled(::alibabacloud::ServiceError),
}
impl ::alibabacloud::__private::ServiceErrorKind for DeleteControlPolicyError {
    fn from_service_error(error: ::alibabacloud::ServiceError) -> Self {
        DeleteControlPolicyError::Unhandled(error)
    }
    fn service_error(&self) -> &::alibabacloud::ServiceError {
        match self {
            DeleteControlPolicyError::Unhandled(error) => error,
        }
    }
}
impl ::std::fmt::Display for DeleteControlPolicyError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        ::std::fmt::Display::fmt(
            ::alibabacloud::__private::ServiceErrorKind::service_error(self),
            f,
        )
    }
}
impl ::std::error::Error for DeleteControlPolicyError {}

/// The operation as the runtime sees it: action, method, parameters, example response.
pub static OPERATION: ::alibabacloud::__private::OperationDescriptor = ::alibabacloud::__private::OperationDescriptor {
    action: "AttachControlPolicy",
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
        ::alibabacloud::__private::ParamDescriptor {
            name: "TargetId",
            kind: ::alibabacloud::__private::ParamKind::String,
            required: true,
            sensitive: false,
            style: ::alibabacloud::__private::ParamStyle::Flat,
        },
    ],
    example_response: "{\"RequestId\":\"95060F1D-6990-4645-8920-A81D1BBFE992\"}",
};
/// Input of [`AttachControlPolicy`](super::super::Client::attach_control_policy).
#[derive(Clone, Default, PartialEq)]
pub struct AttachControlPolicyRequest {
    /// 管控策略ID。
    ///
    /// Wire name `PolicyId`; required. Example: `cp-jExXAqIYkwHN****`.
    pub policy_id: ::std::option::Option<::std::string::String>,
    /// 目标节点。取值：
    ///
    /// - Root ID：为Root资源夹绑定管控策略。
    /// - 资源夹ID：为资源夹绑定管控策略。
    /// - 成员ID：为成员绑定管控策略。
    ///
    /// Wire name `TargetId`; required. Example: `fd-ZDNPiT****`.
    pub target_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for AttachControlPolicyRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("AttachControlPolicyRequest")
            .field("policy_id", &self.policy_id)
            .field("target_id", &self.target_id)
            .finish()
    }
}
impl ::alibabacloud::__private::WriteParams for AttachControlPolicyRequest {
    fn write_params(&self, writer: &mut ::alibabacloud::__private::ParamWriter) {
        writer.put("PolicyId", &self.policy_id);
        writer.put("TargetId", &self.target_id);
    }
}
/// Builds and sends a [`AttachControlPolicyRequest`] request; get one from [`Client::attach_control_policy`](super::super::Client::attach_control_policy).
#[derive(Clone, Debug)]
pub struct AttachControlPolicyFluentBuilder {
    handle: ::alibabacloud::__private::ClientHandle,
    request: AttachControlPolicyRequest,
    options: ::alibabacloud::CallOptions,
}
impl AttachControlPolicyFluentBuilder {
    pub(crate) fn new(handle: ::alibabacloud::__private::ClientHandle) -> Self {
        AttachControlPolicyFluentBuilder {
            handle,
            request: ::std::default::Default::default(),
            options: ::std::default::Default::default(),
        }
    }
    /// The request as built so far.
    pub fn as_request(&self) -> &AttachControlPolicyRequest {
        &self.request
    }
    /// Replaces the whole request.
    pub fn request(mut self, request: AttachControlPolicyRequest) -> Self {
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
    /// Wire name `PolicyId`; required. Example: `cp-jExXAqIYkwHN****`.
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
    /// 目标节点。取值：
    ///
    /// - Root ID：为Root资源夹绑定管控策略。
    /// - 资源夹ID：为资源夹绑定管控策略。
    /// - 成员ID：为成员绑定管控策略。
    ///
    /// Wire name `TargetId`; required. Example: `fd-ZDNPiT****`.
    pub fn target_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.request.target_id = Some(value.into());
        self
    }
    ///Sets or clears `TargetId`.
    pub fn set_target_id(
        mut self,
        value: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.request.target_id = value;
        self
    }
    /// Sends the request. Required parameters are checked first; a missing one is an
    /// [`Error::InvalidRequest`](::alibabacloud::Error::InvalidRequest) and nothing is sent.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        AttachControlPolicyResponse,
        ::alibabacloud::Error<AttachControlPolicyError>,
    > {
        self.handle.invoke(&OPERATION, &self.request, &self.options).await
    }
}
impl AttachControlPolicyResponse {}
/// 返回结果。
///
/// Output of [`AttachControlPolicy`](super::super::Client::attach_control_policy).
#[derive(Clone, Default, PartialEq, ::alibabacloud::__private::serde::Deserialize)]
#[serde(crate = "::alibabacloud::__private::serde", default)]
#[non_exhaustive]
pub struct AttachControlPolicyResponse {
    /// 请求ID。
    ///
    /// Wire name `RequestId`. Example: `95060F1D-6990-4645-8920-A81D1BBFE992`.
    #[serde(rename = "RequestId", skip_serializing_if = "Option::is_none")]
    pub request_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for AttachControlPolicyResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("AttachControlPolicyResponse")
            .field("request_id", &self.request_id)
            .finish()
    }
}
/// The errors [`AttachControlPolicy`](super::super::Client::attach_control_policy) documents, plus [`Unhandled`](AttachControlPolicyError::Unhandled) for any other code.
///
/// Every variant carries the full [`ServiceError`](::alibabacloud::ServiceError): code, message, request id, HTTP status.
#[derive(Debug)]
#[non_exhaustive]
pub enum AttachControlPolicyError {
    /// HTTP 404 `EntityNotExists.Target`: The specified target does not exist in the resource directory.
    EntityNotExistsTarget(::alibabacloud::ServiceError),
    /// An error code this operation does not document; `code()` tells which.
    Unhandled(::alibabacloud::ServiceError),
}
impl ::alibabacloud::__private::ServiceErrorKind for AttachControlPolicyError {
    fn from_service_error(error: ::alibabacloud::ServiceError) -> Self {
        match error.code() {
            "EntityNotExists.Target" => {
                AttachControlPolicyError::EntityNotExistsTarget(error)
            }
            _ => AttachControlPolicyError::Unhandled(error),
        }
    }
    fn service_error(&self) -> &::alibabacloud::ServiceError {
        match self {
            AttachControlPolicyError::EntityNotExistsTarget(error)
            | AttachControlPolicyError::Unhandled(error) => error,
        }
    }
}
impl ::std::fmt::Display for AttachControlPolicyError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        ::std::fmt::Display::fmt(
            ::alibabacloud::__private::ServiceErrorKind::service_error(self),
            f,
        )
    }
}
impl ::std::error::Error for AttachControlPolicyError {}

/// The operation as the runtime sees it: action, method, parameters, example response.
pub static OPERATION: ::alibabacloud::__private::OperationDescriptor = ::alibabacloud::__private::OperationDescriptor {
    action: "DeletePolicy",
    method: ::alibabacloud::__private::HttpMethod::Post,
    read_only: false,
    params: &[
        ::alibabacloud::__private::ParamDescriptor {
            name: "PolicyName",
            kind: ::alibabacloud::__private::ParamKind::String,
            required: true,
            sensitive: false,
            style: ::alibabacloud::__private::ParamStyle::Flat,
        },
    ],
    example_response: "{\"RequestId\":\"898FAB24-7509-43EE-A287-086FE4C44394\"}",
};
/// Input of [`DeletePolicy`](super::super::Client::delete_policy).
#[derive(Clone, Default, PartialEq)]
pub struct DeletePolicyRequest {
    /// 权限策略名称。
    ///
    /// 长度为1~128个字符，可包含英文字母、数字和短横线（-）。
    ///
    /// Wire name `PolicyName`; required. Example: `OSS-Administrator`.
    pub policy_name: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for DeletePolicyRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DeletePolicyRequest")
            .field("policy_name", &self.policy_name)
            .finish()
    }
}
impl ::alibabacloud::__private::WriteParams for DeletePolicyRequest {
    fn write_params(&self, writer: &mut ::alibabacloud::__private::ParamWriter) {
        writer.put("PolicyName", &self.policy_name);
    }
}
/// Builds and sends a [`DeletePolicyRequest`] request; get one from [`Client::delete_policy`](super::super::Client::delete_policy).
#[derive(Clone, Debug)]
pub struct DeletePolicyFluentBuilder {
    handle: ::alibabacloud::__private::ClientHandle,
    request: DeletePolicyRequest,
    options: ::alibabacloud::CallOptions,
}
impl DeletePolicyFluentBuilder {
    pub(crate) fn new(handle: ::alibabacloud::__private::ClientHandle) -> Self {
        DeletePolicyFluentBuilder {
            handle,
            request: ::std::default::Default::default(),
            options: ::std::default::Default::default(),
        }
    }
    /// The request as built so far.
    pub fn as_request(&self) -> &DeletePolicyRequest {
        &self.request
    }
    /// Replaces the whole request.
    pub fn request(mut self, request: DeletePolicyRequest) -> Self {
        self.request = request;
        self
    }
    /// Overrides client settings (timeouts, retries) for this call only.
    pub fn call_options(mut self, options: ::alibabacloud::CallOptions) -> Self {
        self.options = options;
        self
    }
    /// 权限策略名称。
    ///
    /// 长度为1~128个字符，可包含英文字母、数字和短横线（-）。
    ///
    /// Wire name `PolicyName`; required. Example: `OSS-Administrator`.
    pub fn policy_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.request.policy_name = Some(value.into());
        self
    }
    ///Sets or clears `PolicyName`.
    pub fn set_policy_name(
        mut self,
        value: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.request.policy_name = value;
        self
    }
    /// Sends the request. Required parameters are checked first; a missing one is an
    /// [`Error::InvalidRequest`](::alibabacloud::Error::InvalidRequest) and nothing is sent.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        DeletePolicyResponse,
        ::alibabacloud::Error<DeletePolicyError>,
    > {
        self.handle.invoke(&OPERATION, &self.request, &self.options).await
    }
}
impl DeletePolicyResponse {}
/// Output of [`DeletePolicy`](super::super::Client::delete_policy).
#[derive(Clone, Default, PartialEq, ::alibabacloud::__private::serde::Deserialize)]
#[serde(crate = "::alibabacloud::__private::serde", default)]
#[non_exhaustive]
pub struct DeletePolicyResponse {
    /// 请求ID。
    ///
    /// Wire name `RequestId`. Example: `898FAB24-7509-43EE-A287-086FE4C44394`.
    #[serde(rename = "RequestId", skip_serializing_if = "Option::is_none")]
    pub request_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for DeletePolicyResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DeletePolicyResponse")
            .field("request_id", &self.request_id)
            .finish()
    }
}
/// The errors [`DeletePolicy`](super::super::Client::delete_policy) documents, plus [`Unhandled`](DeletePolicyError::Unhandled) for any other code.
///
/// Every variant carries the full [`ServiceError`](::alibabacloud::ServiceError): code, message, request id, HTTP status.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeletePolicyError {
    /// HTTP 400 `InvalidParameter.PolicyName.InvalidChars`: The policy name contains invalid characters. It must only contain upper or lower case letters, numbers, and dash (-).
    InvalidParameterPolicyNameInvalidChars(::alibabacloud::ServiceError),
    /// HTTP 400 `InvalidParameter.PolicyName.Length`: The length of the policy name is invalid. It must be 1 to 128 characters in length.
    InvalidParameterPolicyNameLength(::alibabacloud::ServiceError),
    /// HTTP 404 `EntityNotExist.Policy`: The policy does not exist.
    EntityNotExistPolicy(::alibabacloud::ServiceError),
    /// HTTP 409 `DeleteConflict.Policy.User`: Before deleting the policy, it may not be attached to any user.
    DeleteConflictPolicyUser(::alibabacloud::ServiceError),
    /// HTTP 409 `DeleteConflict.Policy.Group`: The policy cannot be attached to any group when you delete it.
    DeleteConflictPolicyGroup(::alibabacloud::ServiceError),
    /// HTTP 409 `DeleteConflict.Policy.Version`: You must delete all non-default versions before you delete the policy.
    DeleteConflictPolicyVersion(::alibabacloud::ServiceError),
    /// An error code this operation does not document; `code()` tells which.
    Unhandled(::alibabacloud::ServiceError),
}
impl ::alibabacloud::__private::ServiceErrorKind for DeletePolicyError {
    fn from_service_error(error: ::alibabacloud::ServiceError) -> Self {
        match error.code() {
            "InvalidParameter.PolicyName.InvalidChars" => {
                DeletePolicyError::InvalidParameterPolicyNameInvalidChars(error)
            }
            "InvalidParameter.PolicyName.Length" => {
                DeletePolicyError::InvalidParameterPolicyNameLength(error)
            }
            "EntityNotExist.Policy" => DeletePolicyError::EntityNotExistPolicy(error),
            "DeleteConflict.Policy.User" => {
                DeletePolicyError::DeleteConflictPolicyUser(error)
            }
            "DeleteConflict.Policy.Group" => {
                DeletePolicyError::DeleteConflictPolicyGroup(error)
            }
            "DeleteConflict.Policy.Version" => {
                DeletePolicyError::DeleteConflictPolicyVersion(error)
            }
            _ => DeletePolicyError::Unhandled(error),
        }
    }
    fn service_error(&self) -> &::alibabacloud::ServiceError {
        match self {
            DeletePolicyError::InvalidParameterPolicyNameInvalidChars(error)
            | DeletePolicyError::InvalidParameterPolicyNameLength(error)
            | DeletePolicyError::EntityNotExistPolicy(error)
            | DeletePolicyError::DeleteConflictPolicyUser(error)
            | DeletePolicyError::DeleteConflictPolicyGroup(error)
            | DeletePolicyError::DeleteConflictPolicyVersion(error)
            | DeletePolicyError::Unhandled(error) => error,
        }
    }
}
impl ::std::fmt::Display for DeletePolicyError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        ::std::fmt::Display::fmt(
            ::alibabacloud::__private::ServiceErrorKind::service_error(self),
            f,
        )
    }
}
impl ::std::error::Error for DeletePolicyError {}

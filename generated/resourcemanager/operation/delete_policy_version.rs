/// The operation as the runtime sees it: action, method, parameters, example response.
pub static OPERATION: ::alibabacloud::__private::OperationDescriptor = ::alibabacloud::__private::OperationDescriptor {
    action: "DeletePolicyVersion",
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
        ::alibabacloud::__private::ParamDescriptor {
            name: "VersionId",
            kind: ::alibabacloud::__private::ParamKind::String,
            required: true,
            sensitive: false,
            style: ::alibabacloud::__private::ParamStyle::Flat,
        },
    ],
    example_response: "{\"RequestId\":\"9B34724D-54B0-4A51-B34D-4512372FE1BE\"}",
};
/// Input of [`DeletePolicyVersion`](super::super::Client::delete_policy_version).
#[derive(Clone, Default, PartialEq)]
pub struct DeletePolicyVersionRequest {
    /// 权限策略名称。
    ///
    /// 长度为1~128个字符，可包含英文字母、数字和短横线（-）。
    ///
    /// Wire name `PolicyName`; required. Example: `OSS-Administrator`.
    pub policy_name: ::std::option::Option<::std::string::String>,
    /// 权限策略版本标识。
    ///
    /// 您可以调用\[ListPolicyVersions\](~~159982~~)查询权限策略版本标识。
    ///
    /// Wire name `VersionId`; required. Example: `v3`.
    pub version_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for DeletePolicyVersionRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DeletePolicyVersionRequest")
            .field("policy_name", &self.policy_name)
            .field("version_id", &self.version_id)
            .finish()
    }
}
impl ::alibabacloud::__private::WriteParams for DeletePolicyVersionRequest {
    fn write_params(&self, writer: &mut ::alibabacloud::__private::ParamWriter) {
        writer.put("PolicyName", &self.policy_name);
        writer.put("VersionId", &self.version_id);
    }
}
/// Builds and sends a [`DeletePolicyVersionRequest`] request; get one from [`Client::delete_policy_version`](super::super::Client::delete_policy_version).
#[derive(Clone, Debug)]
pub struct DeletePolicyVersionFluentBuilder {
    handle: ::alibabacloud::__private::ClientHandle,
    request: DeletePolicyVersionRequest,
    options: ::alibabacloud::CallOptions,
}
impl DeletePolicyVersionFluentBuilder {
    pub(crate) fn new(handle: ::alibabacloud::__private::ClientHandle) -> Self {
        DeletePolicyVersionFluentBuilder {
            handle,
            request: ::std::default::Default::default(),
            options: ::std::default::Default::default(),
        }
    }
    /// The request as built so far.
    pub fn as_request(&self) -> &DeletePolicyVersionRequest {
        &self.request
    }
    /// Replaces the whole request.
    pub fn request(mut self, request: DeletePolicyVersionRequest) -> Self {
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
    /// 权限策略版本标识。
    ///
    /// 您可以调用\[ListPolicyVersions\](~~159982~~)查询权限策略版本标识。
    ///
    /// Wire name `VersionId`; required. Example: `v3`.
    pub fn version_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.request.version_id = Some(value.into());
        self
    }
    ///Sets or clears `VersionId`.
    pub fn set_version_id(
        mut self,
        value: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.request.version_id = value;
        self
    }
    /// Sends the request. Required parameters are checked first; a missing one is an
    /// [`Error::InvalidRequest`](::alibabacloud::Error::InvalidRequest) and nothing is sent.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        DeletePolicyVersionResponse,
        ::alibabacloud::Error<DeletePolicyVersionError>,
    > {
        self.handle.invoke(&OPERATION, &self.request, &self.options).await
    }
}
impl DeletePolicyVersionResponse {}
/// 返回结果。
///
/// Output of [`DeletePolicyVersion`](super::super::Client::delete_policy_version).
#[derive(Clone, Default, PartialEq, ::alibabacloud::__private::serde::Deserialize)]
#[serde(crate = "::alibabacloud::__private::serde", default)]
#[non_exhaustive]
pub struct DeletePolicyVersionResponse {
    /// 请求ID。
    ///
    /// Wire name `RequestId`. Example: `9B34724D-54B0-4A51-B34D-4512372FE1BE`.
    #[serde(rename = "RequestId", skip_serializing_if = "Option::is_none")]
    pub request_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for DeletePolicyVersionResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DeletePolicyVersionResponse")
            .field("request_id", &self.request_id)
            .finish()
    }
}
/// The errors [`DeletePolicyVersion`](super::super::Client::delete_policy_version) documents, plus [`Unhandled`](DeletePolicyVersionError::Unhandled) for any other code.
///
/// Every variant carries the full [`ServiceError`](::alibabacloud::ServiceError): code, message, request id, HTTP status.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeletePolicyVersionError {
    /// HTTP 400 `InvalidParameter.PolicyName.InvalidChars`: The policy name contains invalid characters. It must only contain upper or lower case letters, numbers, and dash (-).
    InvalidParameterPolicyNameInvalidChars(::alibabacloud::ServiceError),
    /// HTTP 400 `InvalidParameter.PolicyName.Length`: The length of the policy name is invalid. It must be 1 to 128 characters in length.
    InvalidParameterPolicyNameLength(::alibabacloud::ServiceError),
    /// HTTP 400 `InvalidParameter.VersionId.Format`: The specified version ID is invalid.
    InvalidParameterVersionIdFormat(::alibabacloud::ServiceError),
    /// HTTP 404 `EntityNotExist.Policy`: The policy does not exist.
    EntityNotExistPolicy(::alibabacloud::ServiceError),
    /// HTTP 404 `EntityNotExist.Policy.Version`: The policy version does not exist.
    EntityNotExistPolicyVersion(::alibabacloud::ServiceError),
    /// HTTP 409 `DeleteConflict.Policy.Version.Default`: You cannot delete the default policy version.
    DeleteConflictPolicyVersionDefault(::alibabacloud::ServiceError),
    /// An error code this operation does not document; `code()` tells which.
    Unhandled(::alibabacloud::ServiceError),
}
impl ::alibabacloud::__private::ServiceErrorKind for DeletePolicyVersionError {
    fn from_service_error(error: ::alibabacloud::ServiceError) -> Self {
        match error.code() {
            "InvalidParameter.PolicyName.InvalidChars" => {
                DeletePolicyVersionError::InvalidParameterPolicyNameInvalidChars(error)
            }
            "InvalidParameter.PolicyName.Length" => {
                DeletePolicyVersionError::InvalidParameterPolicyNameLength(error)
            }
            "InvalidParameter.VersionId.Format" => {
                DeletePolicyVersionError::InvalidParameterVersionIdFormat(error)
            }
            "EntityNotExist.Policy" => {
                DeletePolicyVersionError::EntityNotExistPolicy(error)
            }
            "EntityNotExist.Policy.Version" => {
                DeletePolicyVersionError::EntityNotExistPolicyVersion(error)
            }
            "DeleteConflict.Policy.Version.Default" => {
                DeletePolicyVersionError::DeleteConflictPolicyVersionDefault(error)
            }
            _ => DeletePolicyVersionError::Unhandled(error),
        }
    }
    fn service_error(&self) -> &::alibabacloud::ServiceError {
        match self {
            DeletePolicyVersionError::InvalidParameterPolicyNameInvalidChars(error)
            | DeletePolicyVersionError::InvalidParameterPolicyNameLength(error)
            | DeletePolicyVersionError::InvalidParameterVersionIdFormat(error)
            | DeletePolicyVersionError::EntityNotExistPolicy(error)
            | DeletePolicyVersionError::EntityNotExistPolicyVersion(error)
            | DeletePolicyVersionError::DeleteConflictPolicyVersionDefault(error)
            | DeletePolicyVersionError::Unhandled(error) => error,
        }
    }
}
impl ::std::fmt::Display for DeletePolicyVersionError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        ::std::fmt::Display::fmt(
            ::alibabacloud::__private::ServiceErrorKind::service_error(self),
            f,
        )
    }
}
impl ::std::error::Error for DeletePolicyVersionError {}

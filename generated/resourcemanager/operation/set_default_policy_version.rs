/// The operation as the runtime sees it: action, method, parameters, example response.
pub static OPERATION: ::alibabacloud::__private::OperationDescriptor = ::alibabacloud::__private::OperationDescriptor {
    action: "SetDefaultPolicyVersion",
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
/// Input of [`SetDefaultPolicyVersion`](super::super::Client::set_default_policy_version).
#[derive(Clone, Default, PartialEq)]
pub struct SetDefaultPolicyVersionRequest {
    /// 权限策略名称。
    ///
    /// 长度为1~128个字符，可包含英文字母、数字和短横线（-）。
    ///
    /// Wire name `PolicyName`; required. Example: `OSS-Administrator`.
    pub policy_name: ::std::option::Option<::std::string::String>,
    /// 权限策略版本标识。
    ///
    /// Wire name `VersionId`; required. Example: `v2`.
    pub version_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for SetDefaultPolicyVersionRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("SetDefaultPolicyVersionRequest")
            .field("policy_name", &self.policy_name)
            .field("version_id", &self.version_id)
            .finish()
    }
}
impl ::alibabacloud::__private::WriteParams for SetDefaultPolicyVersionRequest {
    fn write_params(&self, writer: &mut ::alibabacloud::__private::ParamWriter) {
        writer.put("PolicyName", &self.policy_name);
        writer.put("VersionId", &self.version_id);
    }
}
/// Builds and sends a [`SetDefaultPolicyVersionRequest`] request; get one from [`Client::set_default_policy_version`](super::super::Client::set_default_policy_version).
#[derive(Clone, Debug)]
pub struct SetDefaultPolicyVersionFluentBuilder {
    handle: ::alibabacloud::__private::ClientHandle,
    request: SetDefaultPolicyVersionRequest,
    options: ::alibabacloud::CallOptions,
}
impl SetDefaultPolicyVersionFluentBuilder {
    pub(crate) fn new(handle: ::alibabacloud::__private::ClientHandle) -> Self {
        SetDefaultPolicyVersionFluentBuilder {
            handle,
            request: ::std::default::Default::default(),
            options: ::std::default::Default::default(),
        }
    }
    /// The request as built so far.
    pub fn as_request(&self) -> &SetDefaultPolicyVersionRequest {
        &self.request
    }
    /// Replaces the whole request.
    pub fn request(mut self, request: SetDefaultPolicyVersionRequest) -> Self {
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
    /// Wire name `VersionId`; required. Example: `v2`.
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
        SetDefaultPolicyVersionResponse,
        ::alibabacloud::Error<SetDefaultPolicyVersionError>,
    > {
        self.handle.invoke(&OPERATION, &self.request, &self.options).await
    }
}
impl SetDefaultPolicyVersionResponse {}
/// Output of [`SetDefaultPolicyVersion`](super::super::Client::set_default_policy_version).
#[derive(Clone, Default, PartialEq, ::alibabacloud::__private::serde::Deserialize)]
#[serde(crate = "::alibabacloud::__private::serde", default)]
#[non_exhaustive]
pub struct SetDefaultPolicyVersionResponse {
    /// 请求ID。
    ///
    /// Wire name `RequestId`. Example: `9B34724D-54B0-4A51-B34D-4512372FE1BE`.
    #[serde(rename = "RequestId", skip_serializing_if = "Option::is_none")]
    pub request_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for SetDefaultPolicyVersionResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("SetDefaultPolicyVersionResponse")
            .field("request_id", &self.request_id)
            .finish()
    }
}
/// The errors [`SetDefaultPolicyVersion`](super::super::Client::set_default_policy_version) documents, plus [`Unhandled`](SetDefaultPolicyVersionError::Unhandled) for any other code.
///
/// Every variant carries the full [`ServiceError`](::alibabacloud::ServiceError): code, message, request id, HTTP status.
#[derive(Debug)]
#[non_exhaustive]
pub enum SetDefaultPolicyVersionError {
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
    /// An error code this operation does not document; `code()` tells which.
    Unhandled(::alibabacloud::ServiceError),
}
impl ::alibabacloud::__private::ServiceErrorKind for SetDefaultPolicyVersionError {
    fn from_service_error(error: ::alibabacloud::ServiceError) -> Self {
        match error.code() {
            "InvalidParameter.PolicyName.InvalidChars" => {
                SetDefaultPolicyVersionError::InvalidParameterPolicyNameInvalidChars(
                    error,
                )
            }
            "InvalidParameter.PolicyName.Length" => {
                SetDefaultPolicyVersionError::InvalidParameterPolicyNameLength(error)
            }
            "InvalidParameter.VersionId.Format" => {
                SetDefaultPolicyVersionError::InvalidParameterVersionIdFormat(error)
            }
            "EntityNotExist.Policy" => {
                SetDefaultPolicyVersionError::EntityNotExistPolicy(error)
            }
            "EntityNotExist.Policy.Version" => {
                SetDefaultPolicyVersionError::EntityNotExistPolicyVersion(error)
            }
            _ => SetDefaultPolicyVersionError::Unhandled(error),
        }
    }
    fn service_error(&self) -> &::alibabacloud::ServiceError {
        match self {
            SetDefaultPolicyVersionError::InvalidParameterPolicyNameInvalidChars(error)
            | SetDefaultPolicyVersionError::InvalidParameterPolicyNameLength(error)
            | SetDefaultPolicyVersionError::InvalidParameterVersionIdFormat(error)
            | SetDefaultPolicyVersionError::EntityNotExistPolicy(error)
            | SetDefaultPolicyVersionError::EntityNotExistPolicyVersion(error)
            | SetDefaultPolicyVersionError::Unhandled(error) => error,
        }
    }
}
impl ::std::fmt::Display for SetDefaultPolicyVersionError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        ::std::fmt::Display::fmt(
            ::alibabacloud::__private::ServiceErrorKind::service_error(self),
            f,
        )
    }
}
impl ::std::error::Error for SetDefaultPolicyVersionError {}

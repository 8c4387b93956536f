/// The operation as the runtime sees it: action, method, parameters, example response.
pub static OPERATION: ::alibabacloud::__private::OperationDescriptor = ::alibabacloud::__private::OperationDescriptor {
    action: "CreatePolicyVersion",
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
            name: "PolicyDocument",
            kind: ::alibabacloud::__private::ParamKind::String,
            required: true,
            sensitive: false,
            style: ::alibabacloud::__private::ParamStyle::Flat,
        },
        ::alibabacloud::__private::ParamDescriptor {
            name: "SetAsDefault",
            kind: ::alibabacloud::__private::ParamKind::Boolean,
            required: false,
            sensitive: false,
            style: ::alibabacloud::__private::ParamStyle::Flat,
        },
    ],
    example_response: "{\"PolicyVersion\":{\"CreateDate\":\"2015-01-23T12:33:18\",\"IsDefaultVersion\":false,\"VersionId\":\"v3\"},\"RequestId\":\"9B34724D-54B0-4A51-B34D-4512372FE1BE\"}",
};
/// Input of [`CreatePolicyVersion`](super::super::Client::create_policy_version).
#[derive(Clone, Default, PartialEq)]
pub struct CreatePolicyVersionRequest {
    /// 权限策略名称。
    ///
    /// 长度为1~128个字符，可包含英文字母、数字和短横线（-）。
    ///
    /// Wire name `PolicyName`; required. Example: `OSS-Administrator`.
    pub policy_name: ::std::option::Option<::std::string::String>,
    /// 权限策略内容。
    ///
    /// 长度为1~2048个字符。
    ///
    /// Wire name `PolicyDocument`; required. Example: `{ "Statement": [{ "Action": ["oss:*"], "Effect": "Allow", "Resource": ["acs:oss:*:*:*"]}], "Version": "1"}`.
    pub policy_document: ::std::option::Option<::std::string::String>,
    /// 是否设置为默认权限策略。
    ///
    /// - false（默认值）：不设置为默认权限策略。
    /// - true：设置为默认权限策略。
    ///
    /// Wire name `SetAsDefault`. Example: `false`.
    pub set_as_default: ::std::option::Option<bool>,
}
impl ::std::fmt::Debug for CreatePolicyVersionRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CreatePolicyVersionRequest")
            .field("policy_name", &self.policy_name)
            .field("policy_document", &self.policy_document)
            .field("set_as_default", &self.set_as_default)
            .finish()
    }
}
impl ::alibabacloud::__private::WriteParams for CreatePolicyVersionRequest {
    fn write_params(&self, writer: &mut ::alibabacloud::__private::ParamWriter) {
        writer.put("PolicyName", &self.policy_name);
        writer.put("PolicyDocument", &self.policy_document);
        writer.put("SetAsDefault", &self.set_as_default);
    }
}
/// Builds and sends a [`CreatePolicyVersionRequest`] request; get one from [`Client::create_policy_version`](super::super::Client::create_policy_version).
#[derive(Clone, Debug)]
pub struct CreatePolicyVersionFluentBuilder {
    handle: ::alibabacloud::__private::ClientHandle,
    request: CreatePolicyVersionRequest,
    options: ::alibabacloud::CallOptions,
}
impl CreatePolicyVersionFluentBuilder {
    pub(crate) fn new(handle: ::alibabacloud::__private::ClientHandle) -> Self {
        CreatePolicyVersionFluentBuilder {
            handle,
            request: ::std::default::Default::default(),
            options: ::std::default::Default::default(),
        }
    }
    /// The request as built so far.
    pub fn as_request(&self) -> &CreatePolicyVersionRequest {
        &self.request
    }
    /// Replaces the whole request.
    pub fn request(mut self, request: CreatePolicyVersionRequest) -> Self {
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
    /// 权限策略内容。
    ///
    /// 长度为1~2048个字符。
    ///
    /// Wire name `PolicyDocument`; required. Example: `{ "Statement": [{ "Action": ["oss:*"], "Effect": "Allow", "Resource": ["acs:oss:*:*:*"]}], "Version": "1"}`.
    pub fn policy_document(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.request.policy_document = Some(value.into());
        self
    }
    ///Sets or clears `PolicyDocument`.
    pub fn set_policy_document(
        mut self,
        value: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.request.policy_document = value;
        self
    }
    /// 是否设置为默认权限策略。
    ///
    /// - false（默认值）：不设置为默认权限策略。
    /// - true：设置为默认权限策略。
    ///
    /// Wire name `SetAsDefault`. Example: `false`.
    pub fn set_as_default(mut self, value: bool) -> Self {
        self.request.set_as_default = Some(value);
        self
    }
    ///Sets or clears `SetAsDefault`.
    pub fn set_set_as_default(mut self, value: ::std::option::Option<bool>) -> Self {
        self.request.set_as_default = value;
        self
    }
    /// Sends the request. Required parameters are checked first; a missing one is an
    /// [`Error::InvalidRequest`](::alibabacloud::Error::InvalidRequest) and nothing is sent.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        CreatePolicyVersionResponse,
        ::alibabacloud::Error<CreatePolicyVersionError>,
    > {
        self.handle.invoke(&OPERATION, &self.request, &self.options).await
    }
}
impl CreatePolicyVersionResponse {}
/// Output of [`CreatePolicyVersion`](super::super::Client::create_policy_version).
#[derive(Clone, Default, PartialEq, ::alibabacloud::__private::serde::Deserialize)]
#[serde(crate = "::alibabacloud::__private::serde", default)]
#[non_exhaustive]
pub struct CreatePolicyVersionResponse {
    /// 权限策略版本信息。
    ///
    /// Wire name `PolicyVersion`.
    #[serde(rename = "PolicyVersion", skip_serializing_if = "Option::is_none")]
    pub policy_version: ::std::option::Option<PolicyVersion>,
    /// 请求ID。
    ///
    /// Wire name `RequestId`. Example: `9B34724D-54B0-4A51-B34D-4512372FE1BE`.
    #[serde(rename = "RequestId", skip_serializing_if = "Option::is_none")]
    pub request_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for CreatePolicyVersionResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CreatePolicyVersionResponse")
            .field("policy_version", &self.policy_version)
            .field("request_id", &self.request_id)
            .finish()
    }
}
/// The errors [`CreatePolicyVersion`](super::super::Client::create_policy_version) documents, plus [`Unhandled`](CreatePolicyVersionError::Unhandled) for any other code.
///
/// Every variant carries the full [`ServiceError`](::alibabacloud::ServiceError): code, message, request id, HTTP status.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreatePolicyVersionError {
    /// HTTP 400 `InvalidParameter.PolicyName.InvalidChars`: The policy name contains invalid characters. It must only contain upper or lower case letters, numbers, and dash (-).
    InvalidParameterPolicyNameInvalidChars(::alibabacloud::ServiceError),
    /// HTTP 400 `InvalidParameter.PolicyName.Length`: The length of the policy name is invalid. It must be 1 to 128 characters in length.
    InvalidParameterPolicyNameLength(::alibabacloud::ServiceError),
    /// HTTP 404 `EntityNotExist.Policy`: The policy does not exist.
    EntityNotExistPolicy(::alibabacloud::ServiceError),
    /// HTTP 409 `LimitExceeded.Policy.Version`: The maximum number of policy versions is exceeded.
    LimitExceededPolicyVersion(::alibabacloud::ServiceError),
    /// An error code this operation does not document; `code()` tells which.
    Unhandled(::alibabacloud::ServiceError),
}
impl ::alibabacloud::__private::ServiceErrorKind for CreatePolicyVersionError {
    fn from_service_error(error: ::alibabacloud::ServiceError) -> Self {
        match error.code() {
            "InvalidParameter.PolicyName.InvalidChars" => {
                CreatePolicyVersionError::InvalidParameterPolicyNameInvalidChars(error)
            }
            "InvalidParameter.PolicyName.Length" => {
                CreatePolicyVersionError::InvalidParameterPolicyNameLength(error)
            }
            "EntityNotExist.Policy" => {
                CreatePolicyVersionError::EntityNotExistPolicy(error)
            }
            "LimitExceeded.Policy.Version" => {
                CreatePolicyVersionError::LimitExceededPolicyVersion(error)
            }
            _ => CreatePolicyVersionError::Unhandled(error),
        }
    }
    fn service_error(&self) -> &::alibabacloud::ServiceError {
        match self {
            CreatePolicyVersionError::InvalidParameterPolicyNameInvalidChars(error)
            | CreatePolicyVersionError::InvalidParameterPolicyNameLength(error)
            | CreatePolicyVersionError::EntityNotExistPolicy(error)
            | CreatePolicyVersionError::LimitExceededPolicyVersion(error)
            | CreatePolicyVersionError::Unhandled(error) => error,
        }
    }
}
impl ::std::fmt::Display for CreatePolicyVersionError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        ::std::fmt::Display::fmt(
            ::alibabacloud::__private::ServiceErrorKind::service_error(self),
            f,
        )
    }
}
impl ::std::error::Error for CreatePolicyVersionError {}
/// 权限策略版本信息。
#[derive(
    Clone,
    Default,
    PartialEq,
    ::alibabacloud::__private::serde::Serialize,
    ::alibabacloud::__private::serde::Deserialize
)]
#[serde(crate = "::alibabacloud::__private::serde", default)]
pub struct PolicyVersion {
    /// 是否为权限策略默认版本。
    ///
    /// Wire name `IsDefaultVersion`. Example: `false`.
    #[serde(
        rename = "IsDefaultVersion",
        deserialize_with = "::alibabacloud::__private::de::option_bool",
        skip_serializing_if = "Option::is_none"
    )]
    pub is_default_version: ::std::option::Option<bool>,
    /// 权限策略版本标识。
    ///
    /// Wire name `VersionId`. Example: `v3`.
    #[serde(rename = "VersionId", skip_serializing_if = "Option::is_none")]
    pub version_id: ::std::option::Option<::std::string::String>,
    /// 权限策略版本创建时间。
    ///
    /// Wire name `CreateDate`. Example: `2015-01-23T12:33:18`.
    #[serde(rename = "CreateDate", skip_serializing_if = "Option::is_none")]
    pub create_date: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for PolicyVersion {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("PolicyVersion")
            .field("is_default_version", &self.is_default_version)
            .field("version_id", &self.version_id)
            .field("create_date", &self.create_date)
            .finish()
    }
}
impl ::alibabacloud::__private::ParamValue for PolicyVersion {
    fn write_param(
        &self,
        key: &str,
        writer: &mut ::alibabacloud::__private::ParamWriter,
    ) {
        writer.put_field(key, "IsDefaultVersion", &self.is_default_version);
        writer.put_field(key, "VersionId", &self.version_id);
        writer.put_field(key, "CreateDate", &self.create_date);
    }
}

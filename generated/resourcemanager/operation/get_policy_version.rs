/// The operation as the runtime sees it: action, method, parameters, example response.
pub static OPERATION: ::alibabacloud::__private::OperationDescriptor = ::alibabacloud::__private::OperationDescriptor {
    action: "GetPolicyVersion",
    method: ::alibabacloud::__private::HttpMethod::Post,
    read_only: true,
    params: &[
        ::alibabacloud::__private::ParamDescriptor {
            name: "PolicyType",
            kind: ::alibabacloud::__private::ParamKind::Struct,
            required: true,
            sensitive: false,
            style: ::alibabacloud::__private::ParamStyle::Flat,
        },
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
    example_response: "{\"PolicyVersion\":{\"CreateDate\":\"2015-01-23T12:33:18Z\",\"IsDefaultVersion\":false,\"PolicyDocument\":\"{ \\\\\\\"Statement\\\\\\\": [{ \\\\\\\"Action\\\\\\\": [\\\\\\\"oss:*\\\\\\\"], \\\\\\\"Effect\\\\\\\": \\\\\\\"Allow\\\\\\\", \\\\\\\"Resource\\\\\\\": [\\\\\\\"acs:oss:*:*:*\\\\\\\"]}], \\\\\\\"Version\\\\\\\": \\\\\\\"1\\\\\\\"}\",\"VersionId\":\"v3\"},\"RequestId\":\"9B34724D-54B0-4A51-B34D-4512372FE1BE\"}",
};
/// Input of [`GetPolicyVersion`](super::super::Client::get_policy_version).
#[derive(Clone, Default, PartialEq)]
pub struct GetPolicyVersionRequest {
    /// 权限策略类型。取值：
    ///
    /// - Custom：自定义策略。
    /// - System：系统策略。
    ///
    /// Wire name `PolicyType`; required. Example: `Custom`.
    pub policy_type: ::std::option::Option<super::super::types::PolicyType>,
    /// 权限策略名称。
    ///
    /// 长度为1~128个字符，可包含英文字母、数字和短横线（-）。
    ///
    /// Wire name `PolicyName`; required. Example: `OSS-Administrator`.
    pub policy_name: ::std::option::Option<::std::string::String>,
    /// 权限策略版本标识。
    ///
    /// Wire name `VersionId`; required. Example: `v3`.
    pub version_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for GetPolicyVersionRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetPolicyVersionRequest")
            .field("policy_type", &self.policy_type)
            .field("policy_name", &self.policy_name)
            .field("version_id", &self.version_id)
            .finish()
    }
}
impl ::alibabacloud::__private::WriteParams for GetPolicyVersionRequest {
    fn write_params(&self, writer: &mut ::alibabacloud::__private::ParamWriter) {
        writer.put("PolicyType", &self.policy_type);
        writer.put("PolicyName", &self.policy_name);
        writer.put("VersionId", &self.version_id);
    }
}
/// Builds and sends a [`GetPolicyVersionRequest`] request; get one from [`Client::get_policy_version`](super::super::Client::get_policy_version).
#[derive(Clone, Debug)]
pub struct GetPolicyVersionFluentBuilder {
    handle: ::alibabacloud::__private::ClientHandle,
    request: GetPolicyVersionRequest,
    options: ::alibabacloud::CallOptions,
}
impl GetPolicyVersionFluentBuilder {
    pub(crate) fn new(handle: ::alibabacloud::__private::ClientHandle) -> Self {
        GetPolicyVersionFluentBuilder {
            handle,
            request: ::std::default::Default::default(),
            options: ::std::default::Default::default(),
        }
    }
    /// The request as built so far.
    pub fn as_request(&self) -> &GetPolicyVersionRequest {
        &self.request
    }
    /// Replaces the whole request.
    pub fn request(mut self, request: GetPolicyVersionRequest) -> Self {
        self.request = request;
        self
    }
    /// Overrides client settings (timeouts, retries) for this call only.
    pub fn call_options(mut self, options: ::alibabacloud::CallOptions) -> Self {
        self.options = options;
        self
    }
    /// 权限策略类型。取值：
    ///
    /// - Custom：自定义策略。
    /// - System：系统策略。
    ///
    /// Wire name `PolicyType`; required. Example: `Custom`.
    pub fn policy_type(mut self, value: super::super::types::PolicyType) -> Self {
        self.request.policy_type = Some(value);
        self
    }
    ///Sets or clears `PolicyType`.
    pub fn set_policy_type(
        mut self,
        value: ::std::option::Option<super::super::types::PolicyType>,
    ) -> Self {
        self.request.policy_type = value;
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
        GetPolicyVersionResponse,
        ::alibabacloud::Error<GetPolicyVersionError>,
    > {
        self.handle.invoke(&OPERATION, &self.request, &self.options).await
    }
}
impl GetPolicyVersionResponse {}
/// Output of [`GetPolicyVersion`](super::super::Client::get_policy_version).
#[derive(Clone, Default, PartialEq, ::alibabacloud::__private::serde::Deserialize)]
#[serde(crate = "::alibabacloud::__private::serde", default)]
#[non_exhaustive]
pub struct GetPolicyVersionResponse {
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
impl ::std::fmt::Debug for GetPolicyVersionResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetPolicyVersionResponse")
            .field("policy_version", &self.policy_version)
            .field("request_id", &self.request_id)
            .finish()
    }
}
/// The errors [`GetPolicyVersion`](super::super::Client::get_policy_version) documents, plus [`Unhandled`](GetPolicyVersionError::Unhandled) for any other code.
///
/// Every variant carries the full [`ServiceError`](::alibabacloud::ServiceError): code, message, request id, HTTP status.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetPolicyVersionError {
    /// HTTP 400 `InvalidParameter.PolicyType`: The specified policy type is invalid.
    InvalidParameterPolicyType(::alibabacloud::ServiceError),
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
impl ::alibabacloud::__private::ServiceErrorKind for GetPolicyVersionError {
    fn from_service_error(error: ::alibabacloud::ServiceError) -> Self {
        match error.code() {
            "InvalidParameter.PolicyType" => {
                GetPolicyVersionError::InvalidParameterPolicyType(error)
            }
            "InvalidParameter.PolicyName.InvalidChars" => {
                GetPolicyVersionError::InvalidParameterPolicyNameInvalidChars(error)
            }
            "InvalidParameter.PolicyName.Length" => {
                GetPolicyVersionError::InvalidParameterPolicyNameLength(error)
            }
            "InvalidParameter.VersionId.Format" => {
                GetPolicyVersionError::InvalidParameterVersionIdFormat(error)
            }
            "EntityNotExist.Policy" => GetPolicyVersionError::EntityNotExistPolicy(error),
            "EntityNotExist.Policy.Version" => {
                GetPolicyVersionError::EntityNotExistPolicyVersion(error)
            }
            _ => GetPolicyVersionError::Unhandled(error),
        }
    }
    fn service_error(&self) -> &::alibabacloud::ServiceError {
        match self {
            GetPolicyVersionError::InvalidParameterPolicyType(error)
            | GetPolicyVersionError::InvalidParameterPolicyNameInvalidChars(error)
            | GetPolicyVersionError::InvalidParameterPolicyNameLength(error)
            | GetPolicyVersionError::InvalidParameterVersionIdFormat(error)
            | GetPolicyVersionError::EntityNotExistPolicy(error)
            | GetPolicyVersionError::EntityNotExistPolicyVersion(error)
            | GetPolicyVersionError::Unhandled(error) => error,
        }
    }
}
impl ::std::fmt::Display for GetPolicyVersionError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        ::std::fmt::Display::fmt(
            ::alibabacloud::__private::ServiceErrorKind::service_error(self),
            f,
        )
    }
}
impl ::std::error::Error for GetPolicyVersionError {}
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
    /// 权限策略内容。
    ///
    /// Wire name `PolicyDocument`. Example: `{ \"Statement\": [{ \"Action\": [\"oss:*\"], \"Effect\": \"Allow\", \"Resource\": [\"acs:oss:*:*:*\"]}], \"Version\": \"1\"}`.
    #[serde(rename = "PolicyDocument", skip_serializing_if = "Option::is_none")]
    pub policy_document: ::std::option::Option<::std::string::String>,
    /// 权限策略版本标识。
    ///
    /// Wire name `VersionId`. Example: `v3`.
    #[serde(rename = "VersionId", skip_serializing_if = "Option::is_none")]
    pub version_id: ::std::option::Option<::std::string::String>,
    /// 权限策略版本创建时间。
    ///
    /// Wire name `CreateDate`. Example: `2015-01-23T12:33:18Z`.
    #[serde(rename = "CreateDate", skip_serializing_if = "Option::is_none")]
    pub create_date: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for PolicyVersion {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("PolicyVersion")
            .field("is_default_version", &self.is_default_version)
            .field("policy_document", &self.policy_document)
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
        writer.put_field(key, "PolicyDocument", &self.policy_document);
        writer.put_field(key, "VersionId", &self.version_id);
        writer.put_field(key, "CreateDate", &self.create_date);
    }
}

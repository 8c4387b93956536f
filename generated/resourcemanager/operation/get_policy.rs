/// The operation as the runtime sees it: action, method, parameters, example response.
pub static OPERATION: ::alibabacloud::__private::OperationDescriptor = ::alibabacloud::__private::OperationDescriptor {
    action: "GetPolicy",
    method: ::alibabacloud::__private::HttpMethod::Post,
    read_only: true,
    params: &[
        ::alibabacloud::__private::ParamDescriptor {
            name: "PolicyName",
            kind: ::alibabacloud::__private::ParamKind::String,
            required: true,
            sensitive: false,
            style: ::alibabacloud::__private::ParamStyle::Flat,
        },
        ::alibabacloud::__private::ParamDescriptor {
            name: "PolicyType",
            kind: ::alibabacloud::__private::ParamKind::Struct,
            required: true,
            sensitive: false,
            style: ::alibabacloud::__private::ParamStyle::Flat,
        },
        ::alibabacloud::__private::ParamDescriptor {
            name: "Language",
            kind: ::alibabacloud::__private::ParamKind::String,
            required: false,
            sensitive: false,
            style: ::alibabacloud::__private::ParamStyle::Flat,
        },
    ],
    example_response: "{\"Policy\":{\"AttachmentCount\":0,\"CreateDate\":\"2015-01-23T12:33:18Z\",\"DefaultVersion\":\"v1\",\"Description\":\"OSS管理员权限\",\"PolicyDocument\":\" { \\\"Statement\\\": [{ \\\"Action\\\": [\\\"oss:*\\\"], \\\"Effect\\\": \\\"Allow\\\", \\\"Resource\\\": [\\\"acs:oss:*:*:*\\\"]}], \\\"Version\\\": \\\"1\\\"}\",\"PolicyName\":\"OSS-Administrator\",\"PolicyType\":\"Custom\",\"UpdateDate\":\"2016-01-23T12:33:18Z\"},\"RequestId\":\"697852FB-50D7-44D9-9774-530C31EAC572\"}",
};
/// Input of [`GetPolicy`](super::super::Client::get_policy).
#[derive(Clone, Default, PartialEq)]
pub struct GetPolicyRequest {
    /// 权限策略名称。
    ///
    /// 长度为1~128个字符，可包含英文字母、数字和短划线（-）。
    ///
    /// Wire name `PolicyName`; required. Example: `OSS-Administrator`.
    pub policy_name: ::std::option::Option<::std::string::String>,
    /// 权限策略类型。取值：
    ///
    /// - Custom：自定义策略。
    /// - System：系统策略。
    ///
    /// Wire name `PolicyType`; required. Example: `Custom`.
    pub policy_type: ::std::option::Option<super::super::types::PolicyType>,
    /// 语言类型。系统权限策略的描述将以此语言返回。取值：
    ///
    /// - en：英文。
    /// - zh-CN：中文。
    /// - ja：日文。
    ///
    /// Wire name `Language`. Example: `zh-CN`.
    pub language: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for GetPolicyRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetPolicyRequest")
            .field("policy_name", &self.policy_name)
            .field("policy_type", &self.policy_type)
            .field("language", &self.language)
            .finish()
    }
}
impl ::alibabacloud::__private::WriteParams for GetPolicyRequest {
    fn write_params(&self, writer: &mut ::alibabacloud::__private::ParamWriter) {
        writer.put("PolicyName", &self.policy_name);
        writer.put("PolicyType", &self.policy_type);
        writer.put("Language", &self.language);
    }
}
/// Builds and sends a [`GetPolicyRequest`] request; get one from [`Client::get_policy`](super::super::Client::get_policy).
#[derive(Clone, Debug)]
pub struct GetPolicyFluentBuilder {
    handle: ::alibabacloud::__private::ClientHandle,
    request: GetPolicyRequest,
    options: ::alibabacloud::CallOptions,
}
impl GetPolicyFluentBuilder {
    pub(crate) fn new(handle: ::alibabacloud::__private::ClientHandle) -> Self {
        GetPolicyFluentBuilder {
            handle,
            request: ::std::default::Default::default(),
            options: ::std::default::Default::default(),
        }
    }
    /// The request as built so far.
    pub fn as_request(&self) -> &GetPolicyRequest {
        &self.request
    }
    /// Replaces the whole request.
    pub fn request(mut self, request: GetPolicyRequest) -> Self {
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
    /// 长度为1~128个字符，可包含英文字母、数字和短划线（-）。
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
    /// 语言类型。系统权限策略的描述将以此语言返回。取值：
    ///
    /// - en：英文。
    /// - zh-CN：中文。
    /// - ja：日文。
    ///
    /// Wire name `Language`. Example: `zh-CN`.
    pub fn language(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.request.language = Some(value.into());
        self
    }
    ///Sets or clears `Language`.
    pub fn set_language(
        mut self,
        value: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.request.language = value;
        self
    }
    /// Sends the request. Required parameters are checked first; a missing one is an
    /// [`Error::InvalidRequest`](::alibabacloud::Error::InvalidRequest) and nothing is sent.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        GetPolicyResponse,
        ::alibabacloud::Error<GetPolicyError>,
    > {
        self.handle.invoke(&OPERATION, &self.request, &self.options).await
    }
}
impl GetPolicyResponse {}
/// 返回结果。
///
/// Output of [`GetPolicy`](super::super::Client::get_policy).
#[derive(Clone, Default, PartialEq, ::alibabacloud::__private::serde::Deserialize)]
#[serde(crate = "::alibabacloud::__private::serde", default)]
#[non_exhaustive]
pub struct GetPolicyResponse {
    /// 权限策略信息。
    ///
    /// Wire name `Policy`.
    #[serde(rename = "Policy", skip_serializing_if = "Option::is_none")]
    pub policy: ::std::option::Option<Policy>,
    /// 请求ID。
    ///
    /// Wire name `RequestId`. Example: `697852FB-50D7-44D9-9774-530C31EAC572`.
    #[serde(rename = "RequestId", skip_serializing_if = "Option::is_none")]
    pub request_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for GetPolicyResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetPolicyResponse")
            .field("policy", &self.policy)
            .field("request_id", &self.request_id)
            .finish()
    }
}
/// The errors [`GetPolicy`](super::super::Client::get_policy) documents, plus [`Unhandled`](GetPolicyError::Unhandled) for any other code.
///
/// Every variant carries the full [`ServiceError`](::alibabacloud::ServiceError): code, message, request id, HTTP status.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetPolicyError {
    /// HTTP 400 `InvalidParameter.PolicyType`: The specified policy type is invalid.
    InvalidParameterPolicyType(::alibabacloud::ServiceError),
    /// HTTP 400 `InvalidParameter.PolicyName.InvalidChars`: The policy name contains invalid characters. It must only contain upper or lower case letters, numbers, and dash (-).
    InvalidParameterPolicyNameInvalidChars(::alibabacloud::ServiceError),
    /// HTTP 400 `InvalidParameter.PolicyName.Length`: The length of the policy name is invalid. It must be 1 to 128 characters in length.
    InvalidParameterPolicyNameLength(::alibabacloud::ServiceError),
    /// HTTP 404 `EntityNotExist.Policy`: The policy does not exist.
    EntityNotExistPolicy(::alibabacloud::ServiceError),
    /// An error code this operation does not document; `code()` tells which.
    Unhandled(::alibabacloud::ServiceError),
}
impl ::alibabacloud::__private::ServiceErrorKind for GetPolicyError {
    fn from_service_error(error: ::alibabacloud::ServiceError) -> Self {
        match error.code() {
            "InvalidParameter.PolicyType" => {
                GetPolicyError::InvalidParameterPolicyType(error)
            }
            "InvalidParameter.PolicyName.InvalidChars" => {
                GetPolicyError::InvalidParameterPolicyNameInvalidChars(error)
            }
            "InvalidParameter.PolicyName.Length" => {
                GetPolicyError::InvalidParameterPolicyNameLength(error)
            }
            "EntityNotExist.Policy" => GetPolicyError::EntityNotExistPolicy(error),
            _ => GetPolicyError::Unhandled(error),
        }
    }
    fn service_error(&self) -> &::alibabacloud::ServiceError {
        match self {
            GetPolicyError::InvalidParameterPolicyType(error)
            | GetPolicyError::InvalidParameterPolicyNameInvalidChars(error)
            | GetPolicyError::InvalidParameterPolicyNameLength(error)
            | GetPolicyError::EntityNotExistPolicy(error)
            | GetPolicyError::Unhandled(error) => error,
        }
    }
}
impl ::std::fmt::Display for GetPolicyError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        ::std::fmt::Display::fmt(
            ::alibabacloud::__private::ServiceErrorKind::service_error(self),
            f,
        )
    }
}
impl ::std::error::Error for GetPolicyError {}
/// 权限策略信息。
#[derive(
    Clone,
    Default,
    PartialEq,
    ::alibabacloud::__private::serde::Serialize,
    ::alibabacloud::__private::serde::Deserialize
)]
#[serde(crate = "::alibabacloud::__private::serde", default)]
pub struct Policy {
    /// 权限策略默认版本。
    ///
    /// Wire name `DefaultVersion`. Example: `v1`.
    #[serde(rename = "DefaultVersion", skip_serializing_if = "Option::is_none")]
    pub default_version: ::std::option::Option<::std::string::String>,
    /// 权限策略更新时间。
    ///
    /// Wire name `UpdateDate`. Example: `2016-01-23T12:33:18Z`.
    #[serde(rename = "UpdateDate", skip_serializing_if = "Option::is_none")]
    pub update_date: ::std::option::Option<::std::string::String>,
    /// 权限策略描述。
    ///
    /// Wire name `Description`. Example: `OSS管理员权限`.
    #[serde(rename = "Description", skip_serializing_if = "Option::is_none")]
    pub description: ::std::option::Option<::std::string::String>,
    /// 权限策略内容。
    ///
    /// Wire name `PolicyDocument`. Example: ` { "Statement": [{ "Action": ["oss:*"], "Effect": "Allow", "Resource": ["acs:oss:*:*:*"]}], "Version": "1"}`.
    #[serde(rename = "PolicyDocument", skip_serializing_if = "Option::is_none")]
    pub policy_document: ::std::option::Option<::std::string::String>,
    /// 引用次数。
    ///
    /// Wire name `AttachmentCount`. Example: `0`.
    #[serde(
        rename = "AttachmentCount",
        deserialize_with = "::alibabacloud::__private::de::option_i32",
        skip_serializing_if = "Option::is_none"
    )]
    pub attachment_count: ::std::option::Option<i32>,
    /// 权限策略名称。
    ///
    /// Wire name `PolicyName`. Example: `OSS-Administrator`.
    #[serde(rename = "PolicyName", skip_serializing_if = "Option::is_none")]
    pub policy_name: ::std::option::Option<::std::string::String>,
    /// 权限策略创建时间。
    ///
    /// Wire name `CreateDate`. Example: `2015-01-23T12:33:18Z`.
    #[serde(rename = "CreateDate", skip_serializing_if = "Option::is_none")]
    pub create_date: ::std::option::Option<::std::string::String>,
    /// 权限策略类型。取值：
    ///
    /// - Custom：自定义策略。
    /// - System：系统策略。
    ///
    /// Wire name `PolicyType`. Example: `Custom`.
    #[serde(rename = "PolicyType", skip_serializing_if = "Option::is_none")]
    pub policy_type: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for Policy {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("Policy")
            .field("default_version", &self.default_version)
            .field("update_date", &self.update_date)
            .field("description", &self.description)
            .field("policy_document", &self.policy_document)
            .field("attachment_count", &self.attachment_count)
            .field("policy_name", &self.policy_name)
            .field("create_date", &self.create_date)
            .field("policy_type", &self.policy_type)
            .finish()
    }
}
impl ::alibabacloud::__private::ParamValue for Policy {
    fn write_param(
        &self,
        key: &str,
        writer: &mut ::alibabacloud::__private::ParamWriter,
    ) {
        writer.put_field(key, "DefaultVersion", &self.default_version);
        writer.put_field(key, "UpdateDate", &self.update_date);
        writer.put_field(key, "Description", &self.description);
        writer.put_field(key, "PolicyDocument", &self.policy_document);
        writer.put_field(key, "AttachmentCount", &self.attachment_count);
        writer.put_field(key, "PolicyName", &self.policy_name);
        writer.put_field(key, "CreateDate", &self.create_date);
        writer.put_field(key, "PolicyType", &self.policy_type);
    }
}

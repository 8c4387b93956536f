/// The operation as the runtime sees it: action, method, parameters, example response.
pub static OPERATION: ::alibabacloud::__private::OperationDescriptor = ::alibabacloud::__private::OperationDescriptor {
    action: "CreatePolicy",
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
            name: "Description",
            kind: ::alibabacloud::__private::ParamKind::String,
            required: false,
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
    ],
    example_response: "{\"Policy\":{\"CreateDate\":\"2015-01-23T12:33:18Z\",\"DefaultVersion\":\"v1\",\"Description\":\"OSS管理员权限\",\"PolicyName\":\"OSS-Administrator\",\"PolicyType\":\"Custom\"},\"RequestId\":\"9B34724D-54B0-4A51-B34D-4512372FE1BE\"}",
};
/// Input of [`CreatePolicy`](super::super::Client::create_policy).
#[derive(Clone, Default, PartialEq)]
pub struct CreatePolicyRequest {
    /// 权限策略名称。
    ///
    /// 长度为1~128个字符，可包含英文字母、数字和短划线（-）。
    ///
    /// Wire name `PolicyName`; required. Example: `OSS-Administrator`.
    pub policy_name: ::std::option::Option<::std::string::String>,
    /// 权限策略描述。
    ///
    /// 长度为1~1024个字符。
    ///
    /// Wire name `Description`. Example: `OSS管理员权限`.
    pub description: ::std::option::Option<::std::string::String>,
    /// 权限策略内容。
    ///
    /// 长度为1~2048个字符。
    ///
    /// Wire name `PolicyDocument`; required. Example: `{ "Statement": [{ "Action": ["oss:*"], "Effect": "Allow", "Resource": ["acs:oss:*:*:*"]}], "Version": "1"}`.
    pub policy_document: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for CreatePolicyRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CreatePolicyRequest")
            .field("policy_name", &self.policy_name)
            .field("description", &self.description)
            .field("policy_document", &self.policy_document)
            .finish()
    }
}
impl ::alibabacloud::__private::WriteParams for CreatePolicyRequest {
    fn write_params(&self, writer: &mut ::alibabacloud::__private::ParamWriter) {
        writer.put("PolicyName", &self.policy_name);
        writer.put("Description", &self.description);
        writer.put("PolicyDocument", &self.policy_document);
    }
}
/// Builds and sends a [`CreatePolicyRequest`] request; get one from [`Client::create_policy`](super::super::Client::create_policy).
#[derive(Clone, Debug)]
pub struct CreatePolicyFluentBuilder {
    handle: ::alibabacloud::__private::ClientHandle,
    request: CreatePolicyRequest,
    options: ::alibabacloud::CallOptions,
}
impl CreatePolicyFluentBuilder {
    pub(crate) fn new(handle: ::alibabacloud::__private::ClientHandle) -> Self {
        CreatePolicyFluentBuilder {
            handle,
            request: ::std::default::Default::default(),
            options: ::std::default::Default::default(),
        }
    }
    /// The request as built so far.
    pub fn as_request(&self) -> &CreatePolicyRequest {
        &self.request
    }
    /// Replaces the whole request.
    pub fn request(mut self, request: CreatePolicyRequest) -> Self {
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
    /// 权限策略描述。
    ///
    /// 长度为1~1024个字符。
    ///
    /// Wire name `Description`. Example: `OSS管理员权限`.
    pub fn description(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.request.description = Some(value.into());
        self
    }
    ///Sets or clears `Description`.
    pub fn set_description(
        mut self,
        value: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.request.description = value;
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
    /// Sends the request. Required parameters are checked first; a missing one is an
    /// [`Error::InvalidRequest`](::alibabacloud::Error::InvalidRequest) and nothing is sent.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        CreatePolicyResponse,
        ::alibabacloud::Error<CreatePolicyError>,
    > {
        self.handle.invoke(&OPERATION, &self.request, &self.options).await
    }
}
impl CreatePolicyResponse {}
/// Output of [`CreatePolicy`](super::super::Client::create_policy).
#[derive(Clone, Default, PartialEq, ::alibabacloud::__private::serde::Deserialize)]
#[serde(crate = "::alibabacloud::__private::serde", default)]
#[non_exhaustive]
pub struct CreatePolicyResponse {
    /// 权限策略信息。
    ///
    /// Wire name `Policy`.
    #[serde(rename = "Policy", skip_serializing_if = "Option::is_none")]
    pub policy: ::std::option::Option<Policy>,
    /// 请求ID。
    ///
    /// Wire name `RequestId`. Example: `9B34724D-54B0-4A51-B34D-4512372FE1BE`.
    #[serde(rename = "RequestId", skip_serializing_if = "Option::is_none")]
    pub request_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for CreatePolicyResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CreatePolicyResponse")
            .field("policy", &self.policy)
            .field("request_id", &self.request_id)
            .finish()
    }
}
/// The errors [`CreatePolicy`](super::super::Client::create_policy) documents, plus [`Unhandled`](CreatePolicyError::Unhandled) for any other code.
///
/// Every variant carries the full [`ServiceError`](::alibabacloud::ServiceError): code, message, request id, HTTP status.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreatePolicyError {
    /// HTTP 400 `InvalidParameter.PolicyName.InvalidChars`: The policy name contains invalid characters. It must only contain upper or lower case letters, numbers, and dash (-).
    InvalidParameterPolicyNameInvalidChars(::alibabacloud::ServiceError),
    /// HTTP 400 `InvalidParameter.PolicyName.Length`: The length of the policy name is invalid. It must be 1 to 128 characters in length.
    InvalidParameterPolicyNameLength(::alibabacloud::ServiceError),
    /// HTTP 400 `InvalidParameter.PolicyDocument.Length`: The maximum length of the policy document is exceeded. It must not exceed 2048 characters.
    InvalidParameterPolicyDocumentLength(::alibabacloud::ServiceError),
    /// HTTP 400 `InvalidParameter.Description.Length`: The maximum length of the description is exceeded. It must not exceed 1024 characters.
    InvalidParameterDescriptionLength(::alibabacloud::ServiceError),
    /// HTTP 409 `MalformedPolicyDocument`: The policy format is invalid.
    MalformedPolicyDocument(::alibabacloud::ServiceError),
    /// HTTP 409 `EntityAlreadyExists.Policy`: The policy already exists.
    EntityAlreadyExistsPolicy(::alibabacloud::ServiceError),
    /// HTTP 409 `LimitExceeded.Policy`: The maximum number of policies is exceeded.
    LimitExceededPolicy(::alibabacloud::ServiceError),
    /// An error code this operation does not document; `code()` tells which.
    Unhandled(::alibabacloud::ServiceError),
}
impl ::alibabacloud::__private::ServiceErrorKind for CreatePolicyError {
    fn from_service_error(error: ::alibabacloud::ServiceError) -> Self {
        match error.code() {
            "InvalidParameter.PolicyName.InvalidChars" => {
                CreatePolicyError::InvalidParameterPolicyNameInvalidChars(error)
            }
            "InvalidParameter.PolicyName.Length" => {
                CreatePolicyError::InvalidParameterPolicyNameLength(error)
            }
            "InvalidParameter.PolicyDocument.Length" => {
                CreatePolicyError::InvalidParameterPolicyDocumentLength(error)
            }
            "InvalidParameter.Description.Length" => {
                CreatePolicyError::InvalidParameterDescriptionLength(error)
            }
            "MalformedPolicyDocument" => {
                CreatePolicyError::MalformedPolicyDocument(error)
            }
            "EntityAlreadyExists.Policy" => {
                CreatePolicyError::EntityAlreadyExistsPolicy(error)
            }
            "LimitExceeded.Policy" => CreatePolicyError::LimitExceededPolicy(error),
            _ => CreatePolicyError::Unhandled(error),
        }
    }
    fn service_error(&self) -> &::alibabacloud::ServiceError {
        match self {
            CreatePolicyError::InvalidParameterPolicyNameInvalidChars(error)
            | CreatePolicyError::InvalidParameterPolicyNameLength(error)
            | CreatePolicyError::InvalidParameterPolicyDocumentLength(error)
            | CreatePolicyError::InvalidParameterDescriptionLength(error)
            | CreatePolicyError::MalformedPolicyDocument(error)
            | CreatePolicyError::EntityAlreadyExistsPolicy(error)
            | CreatePolicyError::LimitExceededPolicy(error)
            | CreatePolicyError::Unhandled(error) => error,
        }
    }
}
impl ::std::fmt::Display for CreatePolicyError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        ::std::fmt::Display::fmt(
            ::alibabacloud::__private::ServiceErrorKind::service_error(self),
            f,
        )
    }
}
impl ::std::error::Error for CreatePolicyError {}
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
    /// 权限策略版本号。默认值：v1。
    ///
    /// Wire name `DefaultVersion`. Example: `v1`.
    #[serde(rename = "DefaultVersion", skip_serializing_if = "Option::is_none")]
    pub default_version: ::std::option::Option<::std::string::String>,
    /// 权限策略描述。
    ///
    /// Wire name `Description`. Example: `OSS管理员权限`.
    #[serde(rename = "Description", skip_serializing_if = "Option::is_none")]
    pub description: ::std::option::Option<::std::string::String>,
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
            .field("description", &self.description)
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
        writer.put_field(key, "Description", &self.description);
        writer.put_field(key, "PolicyName", &self.policy_name);
        writer.put_field(key, "CreateDate", &self.create_date);
        writer.put_field(key, "PolicyType", &self.policy_type);
    }
}

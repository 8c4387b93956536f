/// The operation as the runtime sees it: action, method, parameters, example response.
pub static OPERATION: ::alibabacloud::__private::OperationDescriptor = ::alibabacloud::__private::OperationDescriptor {
    action: "ListPolicyVersions",
    method: ::alibabacloud::__private::HttpMethod::Post,
    read_only: true,
    params: &[
        ::alibabacloud::__private::ParamDescriptor {
            name: "PolicyType",
            kind: ::alibabacloud::__private::ParamKind::String,
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
    ],
    example_response: "{\"PolicyVersions\":{\"PolicyVersion\":[{\"CreateDate\":\"2015-01-23T12:33:18Z\",\"IsDefaultVersion\":false,\"VersionId\":\"v3\"}]},\"RequestId\":\"7B8A4E7D-6CFF-471D-84DF-195A7A241ECB\"}",
};
/// Input of [`ListPolicyVersions`](super::super::Client::list_policy_versions).
#[derive(Clone, Default, PartialEq)]
pub struct ListPolicyVersionsRequest {
    /// 权限策略类型。取值：
    ///
    /// - Custom：自定义策略。
    /// - System：系统策略。
    ///
    /// Wire name `PolicyType`; required. Example: `Custom`.
    pub policy_type: ::std::option::Option<::std::string::String>,
    /// 权限策略名称。
    ///
    /// 长度为1~128个字符，可包含英文字母、数字和短横线（-）。
    ///
    /// Wire name `PolicyName`; required. Example: `OSS-Administrator`.
    pub policy_name: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for ListPolicyVersionsRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ListPolicyVersionsRequest")
            .field("policy_type", &self.policy_type)
            .field("policy_name", &self.policy_name)
            .finish()
    }
}
impl ::alibabacloud::__private::WriteParams for ListPolicyVersionsRequest {
    fn write_params(&self, writer: &mut ::alibabacloud::__private::ParamWriter) {
        writer.put("PolicyType", &self.policy_type);
        writer.put("PolicyName", &self.policy_name);
    }
}
/// Builds and sends a [`ListPolicyVersionsRequest`] request; get one from [`Client::list_policy_versions`](super::super::Client::list_policy_versions).
#[derive(Clone, Debug)]
pub struct ListPolicyVersionsFluentBuilder {
    handle: ::alibabacloud::__private::ClientHandle,
    request: ListPolicyVersionsRequest,
    options: ::alibabacloud::CallOptions,
}
impl ListPolicyVersionsFluentBuilder {
    pub(crate) fn new(handle: ::alibabacloud::__private::ClientHandle) -> Self {
        ListPolicyVersionsFluentBuilder {
            handle,
            request: ::std::default::Default::default(),
            options: ::std::default::Default::default(),
        }
    }
    /// The request as built so far.
    pub fn as_request(&self) -> &ListPolicyVersionsRequest {
        &self.request
    }
    /// Replaces the whole request.
    pub fn request(mut self, request: ListPolicyVersionsRequest) -> Self {
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
    pub fn policy_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.request.policy_type = Some(value.into());
        self
    }
    ///Sets or clears `PolicyType`.
    pub fn set_policy_type(
        mut self,
        value: ::std::option::Option<::std::string::String>,
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
    /// Sends the request. Required parameters are checked first; a missing one is an
    /// [`Error::InvalidRequest`](::alibabacloud::Error::InvalidRequest) and nothing is sent.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        ListPolicyVersionsResponse,
        ::alibabacloud::Error<ListPolicyVersionsError>,
    > {
        self.handle.invoke(&OPERATION, &self.request, &self.options).await
    }
}
impl ListPolicyVersionsResponse {
    ///The items inside `PolicyVersions`, empty when the service sent none.
    pub fn policy_versions(&self) -> &[PolicyVersion] {
        self.policy_versions
            .as_ref()
            .and_then(|wrapper| wrapper.policy_version.as_deref())
            .unwrap_or_default()
    }
}
/// Output of [`ListPolicyVersions`](super::super::Client::list_policy_versions).
#[derive(Clone, Default, PartialEq, ::alibabacloud::__private::serde::Deserialize)]
#[serde(crate = "::alibabacloud::__private::serde", default)]
#[non_exhaustive]
pub struct ListPolicyVersionsResponse {
    /// 请求ID。
    ///
    /// Wire name `RequestId`. Example: `7B8A4E7D-6CFF-471D-84DF-195A7A241ECB`.
    #[serde(rename = "RequestId", skip_serializing_if = "Option::is_none")]
    pub request_id: ::std::option::Option<::std::string::String>,
    /// Wire name `PolicyVersions`.
    #[serde(rename = "PolicyVersions", skip_serializing_if = "Option::is_none")]
    pub policy_versions: ::std::option::Option<PolicyVersions>,
}
impl ::std::fmt::Debug for ListPolicyVersionsResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ListPolicyVersionsResponse")
            .field("request_id", &self.request_id)
            .field("policy_versions", &self.policy_versions)
            .finish()
    }
}
/// The errors [`ListPolicyVersions`](super::super::Client::list_policy_versions) documents, plus [`Unhandled`](ListPolicyVersionsError::Unhandled) for any other code.
///
/// Every variant carries the full [`ServiceError`](::alibabacloud::ServiceError): code, message, request id, HTTP status.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListPolicyVersionsError {
    /// HTTP 400 `InvalidParameter.PolicyType`: The specified policy type is invalid.
    InvalidParameterPolicyType(::alibabacloud::ServiceError),
    /// HTTP 400 `InvalidParameter.PolicyName.InvalidChars`: The policy name contains invalid characters. It must only contain upper or lower case letters, numbers, and dash (-).
    InvalidParameterPolicyNameInvalidChars(::alibabacloud::ServiceError),
    /// HTTP 400 `InvalidParameter.PolicyName.Length`: The length of the policy name is invalid. It must be 1 to 64 characters in length.
    InvalidParameterPolicyNameLength(::alibabacloud::ServiceError),
    /// HTTP 404 `EntityNotExist.Policy`: The policy does not exist.
    EntityNotExistPolicy(::alibabacloud::ServiceError),
    /// An error code this operation does not document; `code()` tells which.
    Unhandled(::alibabacloud::ServiceError),
}
impl ::alibabacloud::__private::ServiceErrorKind for ListPolicyVersionsError {
    fn from_service_error(error: ::alibabacloud::ServiceError) -> Self {
        match error.code() {
            "InvalidParameter.PolicyType" => {
                ListPolicyVersionsError::InvalidParameterPolicyType(error)
            }
            "InvalidParameter.PolicyName.InvalidChars" => {
                ListPolicyVersionsError::InvalidParameterPolicyNameInvalidChars(error)
            }
            "InvalidParameter.PolicyName.Length" => {
                ListPolicyVersionsError::InvalidParameterPolicyNameLength(error)
            }
            "EntityNotExist.Policy" => {
                ListPolicyVersionsError::EntityNotExistPolicy(error)
            }
            _ => ListPolicyVersionsError::Unhandled(error),
        }
    }
    fn service_error(&self) -> &::alibabacloud::ServiceError {
        match self {
            ListPolicyVersionsError::InvalidParameterPolicyType(error)
            | ListPolicyVersionsError::InvalidParameterPolicyNameInvalidChars(error)
            | ListPolicyVersionsError::InvalidParameterPolicyNameLength(error)
            | ListPolicyVersionsError::EntityNotExistPolicy(error)
            | ListPolicyVersionsError::Unhandled(error) => error,
        }
    }
}
impl ::std::fmt::Display for ListPolicyVersionsError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        ::std::fmt::Display::fmt(
            ::alibabacloud::__private::ServiceErrorKind::service_error(self),
            f,
        )
    }
}
impl ::std::error::Error for ListPolicyVersionsError {}
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
    /// Wire name `CreateDate`. Example: `2015-01-23T12:33:18Z`.
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
impl PolicyVersions {
    /// The items of this wrapper, empty when the service sent none.
    pub fn items(&self) -> &[PolicyVersion] {
        self.policy_version.as_deref().unwrap_or_default()
    }
}
/// A structure the service defines.
#[derive(
    Clone,
    Default,
    PartialEq,
    ::alibabacloud::__private::serde::Serialize,
    ::alibabacloud::__private::serde::Deserialize
)]
#[serde(crate = "::alibabacloud::__private::serde", default)]
pub struct PolicyVersions {
    /// 权限策略版本信息。
    ///
    /// Wire name `PolicyVersion`.
    #[serde(rename = "PolicyVersion", skip_serializing_if = "Option::is_none")]
    pub policy_version: ::std::option::Option<::std::vec::Vec<PolicyVersion>>,
}
impl ::std::fmt::Debug for PolicyVersions {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("PolicyVersions")
            .field("policy_version", &self.policy_version)
            .finish()
    }
}
impl ::alibabacloud::__private::ParamValue for PolicyVersions {
    fn write_param(
        &self,
        key: &str,
        writer: &mut ::alibabacloud::__private::ParamWriter,
    ) {
        writer.put_field(key, "PolicyVersion", &self.policy_version);
    }
}

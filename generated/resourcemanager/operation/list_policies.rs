/// The operation as the runtime sees it: action, method, parameters, example response.
pub static OPERATION: ::alibabacloud::__private::OperationDescriptor = ::alibabacloud::__private::OperationDescriptor {
    action: "ListPolicies",
    method: ::alibabacloud::__private::HttpMethod::Post,
    read_only: true,
    params: &[
        ::alibabacloud::__private::ParamDescriptor {
            name: "PolicyType",
            kind: ::alibabacloud::__private::ParamKind::String,
            required: false,
            sensitive: false,
            style: ::alibabacloud::__private::ParamStyle::Flat,
        },
        ::alibabacloud::__private::ParamDescriptor {
            name: "PageNumber",
            kind: ::alibabacloud::__private::ParamKind::Integer,
            required: false,
            sensitive: false,
            style: ::alibabacloud::__private::ParamStyle::Flat,
        },
        ::alibabacloud::__private::ParamDescriptor {
            name: "PageSize",
            kind: ::alibabacloud::__private::ParamKind::Integer,
            required: false,
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
    example_response: "{\"PageNumber\":1,\"PageSize\":10,\"Policies\":{\"Policy\":[{\"AttachmentCount\":1,\"CreateDate\":\"2015-01-23T12:33:18Z\",\"DefaultVersion\":\"v1\",\"Description\":\"OSS管理员权限\",\"PolicyName\":\"OSS-Administrator\",\"PolicyType\":\"Custom\",\"UpdateDate\":\"2016-02-11T18:39:12Z\"}]},\"RequestId\":\"7B8A4E7D-6CFF-471D-84DF-195A7A241ECB\",\"TotalCount\":2}",
};
/// Input of [`ListPolicies`](super::super::Client::list_policies).
#[derive(Clone, Default, PartialEq)]
pub struct ListPoliciesRequest {
    /// 权限策略类型。取值为空表示列出所有类型的权限策略。
    ///
    /// - Custom：自定义策略。
    /// - System：系统策略。
    ///
    /// Wire name `PolicyType`. Example: `Custom`.
    pub policy_type: ::std::option::Option<::std::string::String>,
    /// 页码。
    ///
    /// 起始值：1。默认值：1。
    ///
    /// Wire name `PageNumber`. Example: `1`.
    pub page_number: ::std::option::Option<i32>,
    /// 分页时每页显示的数据行数。
    ///
    /// 取值范围：1~100。默认值：10。
    ///
    /// Wire name `PageSize`. Example: `10`.
    pub page_size: ::std::option::Option<i32>,
    /// 语言类型。系统权限策略的描述将以此语言返回。
    ///
    /// - en：英文。
    /// - zh-CN：中文。
    /// - ja：日文。
    ///
    /// Wire name `Language`. Example: `zh-CN`.
    pub language: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for ListPoliciesRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ListPoliciesRequest")
            .field("policy_type", &self.policy_type)
            .field("page_number", &self.page_number)
            .field("page_size", &self.page_size)
            .field("language", &self.language)
            .finish()
    }
}
impl ::alibabacloud::__private::WriteParams for ListPoliciesRequest {
    fn write_params(&self, writer: &mut ::alibabacloud::__private::ParamWriter) {
        writer.put("PolicyType", &self.policy_type);
        writer.put("PageNumber", &self.page_number);
        writer.put("PageSize", &self.page_size);
        writer.put("Language", &self.language);
    }
}
/// Builds and sends a [`ListPoliciesRequest`] request; get one from [`Client::list_policies`](super::super::Client::list_policies).
#[derive(Clone, Debug)]
pub struct ListPoliciesFluentBuilder {
    handle: ::alibabacloud::__private::ClientHandle,
    request: ListPoliciesRequest,
    options: ::alibabacloud::CallOptions,
}
impl ListPoliciesFluentBuilder {
    pub(crate) fn new(handle: ::alibabacloud::__private::ClientHandle) -> Self {
        ListPoliciesFluentBuilder {
            handle,
            request: ::std::default::Default::default(),
            options: ::std::default::Default::default(),
        }
    }
    /// The request as built so far.
    pub fn as_request(&self) -> &ListPoliciesRequest {
        &self.request
    }
    /// Replaces the whole request.
    pub fn request(mut self, request: ListPoliciesRequest) -> Self {
        self.request = request;
        self
    }
    /// Overrides client settings (timeouts, retries) for this call only.
    pub fn call_options(mut self, options: ::alibabacloud::CallOptions) -> Self {
        self.options = options;
        self
    }
    /// 权限策略类型。取值为空表示列出所有类型的权限策略。
    ///
    /// - Custom：自定义策略。
    /// - System：系统策略。
    ///
    /// Wire name `PolicyType`. Example: `Custom`.
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
    /// 页码。
    ///
    /// 起始值：1。默认值：1。
    ///
    /// Wire name `PageNumber`. Example: `1`.
    pub fn page_number(mut self, value: i32) -> Self {
        self.request.page_number = Some(value);
        self
    }
    ///Sets or clears `PageNumber`.
    pub fn set_page_number(mut self, value: ::std::option::Option<i32>) -> Self {
        self.request.page_number = value;
        self
    }
    /// 分页时每页显示的数据行数。
    ///
    /// 取值范围：1~100。默认值：10。
    ///
    /// Wire name `PageSize`. Example: `10`.
    pub fn page_size(mut self, value: i32) -> Self {
        self.request.page_size = Some(value);
        self
    }
    ///Sets or clears `PageSize`.
    pub fn set_page_size(mut self, value: ::std::option::Option<i32>) -> Self {
        self.request.page_size = value;
        self
    }
    /// 语言类型。系统权限策略的描述将以此语言返回。
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
    /// Every page, as a `Stream`, starting from the page this request names;
    /// `.items()` on it gives every item. Stops after the last page.
    pub fn into_paginator(
        self,
    ) -> ::alibabacloud::Paginator<ListPoliciesResponse, ListPoliciesError> {
        ::alibabacloud::__private::paginate(
            self.handle,
            &OPERATION,
            self.request,
            self.options,
            ::alibabacloud::__private::PageStyle::PageNumber,
        )
    }
    /// Sends the request. Required parameters are checked first; a missing one is an
    /// [`Error::InvalidRequest`](::alibabacloud::Error::InvalidRequest) and nothing is sent.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        ListPoliciesResponse,
        ::alibabacloud::Error<ListPoliciesError>,
    > {
        self.handle.invoke(&OPERATION, &self.request, &self.options).await
    }
}
impl ListPoliciesResponse {
    ///The items inside `Policies`, empty when the service sent none.
    pub fn policies(&self) -> &[Policy] {
        self.policies
            .as_ref()
            .and_then(|wrapper| wrapper.policy.as_deref())
            .unwrap_or_default()
    }
}
impl ::alibabacloud::__private::PagedRequest for ListPoliciesRequest {
    fn page_size(&self) -> ::std::option::Option<i64> {
        self.page_size.map(i64::from)
    }
    fn page_number(&self) -> ::std::option::Option<i64> {
        self.page_number.map(i64::from)
    }
    fn set_page_number(&mut self, page: i64) {
        self.page_number = ::std::convert::TryFrom::try_from(page).ok();
    }
}
impl ::alibabacloud::__private::PagedResponse for ListPoliciesResponse {
    type Item = Policy;
    fn item_count(&self) -> usize {
        self.policies().len()
    }
    fn into_items(self) -> ::std::vec::Vec<Policy> {
        self.policies.and_then(|wrapper| wrapper.policy).unwrap_or_default()
    }
    fn total_count(&self) -> ::std::option::Option<i64> {
        self.total_count.map(i64::from)
    }
    fn page_size(&self) -> ::std::option::Option<i64> {
        self.page_size.map(i64::from)
    }
}
/// 返回结果。
///
/// Output of [`ListPolicies`](super::super::Client::list_policies).
#[derive(Clone, Default, PartialEq, ::alibabacloud::__private::serde::Deserialize)]
#[serde(crate = "::alibabacloud::__private::serde", default)]
#[non_exhaustive]
pub struct ListPoliciesResponse {
    /// 数据总条数。
    ///
    /// Wire name `TotalCount`. Example: `2`.
    #[serde(
        rename = "TotalCount",
        deserialize_with = "::alibabacloud::__private::de::option_i32",
        skip_serializing_if = "Option::is_none"
    )]
    pub total_count: ::std::option::Option<i32>,
    /// Wire name `Policies`.
    #[serde(rename = "Policies", skip_serializing_if = "Option::is_none")]
    pub policies: ::std::option::Option<Policies>,
    /// 请求ID。
    ///
    /// Wire name `RequestId`. Example: `7B8A4E7D-6CFF-471D-84DF-195A7A241ECB`.
    #[serde(rename = "RequestId", skip_serializing_if = "Option::is_none")]
    pub request_id: ::std::option::Option<::std::string::String>,
    /// 分页时每页显示的数据行数。
    ///
    /// Wire name `PageSize`. Example: `10`.
    #[serde(
        rename = "PageSize",
        deserialize_with = "::alibabacloud::__private::de::option_i32",
        skip_serializing_if = "Option::is_none"
    )]
    pub page_size: ::std::option::Option<i32>,
    /// 页码。
    ///
    /// Wire name `PageNumber`. Example: `1`.
    #[serde(
        rename = "PageNumber",
        deserialize_with = "::alibabacloud::__private::de::option_i32",
        skip_serializing_if = "Option::is_none"
    )]
    pub page_number: ::std::option::Option<i32>,
}
impl ::std::fmt::Debug for ListPoliciesResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ListPoliciesResponse")
            .field("total_count", &self.total_count)
            .field("policies", &self.policies)
            .field("request_id", &self.request_id)
            .field("page_size", &self.page_size)
            .field("page_number", &self.page_number)
            .finish()
    }
}
/// The errors [`ListPolicies`](super::super::Client::list_policies) documents, plus [`Unhandled`](ListPoliciesError::Unhandled) for any other code.
///
/// Every variant carries the full [`ServiceError`](::alibabacloud::ServiceError): code, message, request id, HTTP status.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListPoliciesError {
    /// An error code this operation does not document; `code()` tells which.
    Unhandled(::alibabacloud::ServiceError),
}
impl ::alibabacloud::__private::ServiceErrorKind for ListPoliciesError {
    fn from_service_error(error: ::alibabacloud::ServiceError) -> Self {
        ListPoliciesError::Unhandled(error)
    }
    fn service_error(&self) -> &::alibabacloud::ServiceError {
        match self {
            ListPoliciesError::Unhandled(error) => error,
        }
    }
}
impl ::std::fmt::Display for ListPoliciesError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        ::std::fmt::Display::fmt(
            ::alibabacloud::__private::ServiceErrorKind::service_error(self),
            f,
        )
    }
}
impl ::std::error::Error for ListPoliciesError {}
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
    /// 权限策略描述。
    ///
    /// Wire name `Description`. Example: `OSS管理员权限`.
    #[serde(rename = "Description", skip_serializing_if = "Option::is_none")]
    pub description: ::std::option::Option<::std::string::String>,
    /// 权限策略更新时间。
    ///
    /// Wire name `UpdateDate`. Example: `2016-02-11T18:39:12Z`.
    #[serde(rename = "UpdateDate", skip_serializing_if = "Option::is_none")]
    pub update_date: ::std::option::Option<::std::string::String>,
    /// 引用次数。
    ///
    /// Wire name `AttachmentCount`. Example: `1`.
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
    /// 权限策略类型。
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
            .field("description", &self.description)
            .field("update_date", &self.update_date)
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
        writer.put_field(key, "Description", &self.description);
        writer.put_field(key, "UpdateDate", &self.update_date);
        writer.put_field(key, "AttachmentCount", &self.attachment_count);
        writer.put_field(key, "PolicyName", &self.policy_name);
        writer.put_field(key, "CreateDate", &self.create_date);
        writer.put_field(key, "PolicyType", &self.policy_type);
    }
}
impl Policies {
    /// The items of this wrapper, empty when the service sent none.
    pub fn items(&self) -> &[Policy] {
        self.policy.as_deref().unwrap_or_default()
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
pub struct Policies {
    /// 权限策略信息。
    ///
    /// Wire name `Policy`.
    #[serde(rename = "Policy", skip_serializing_if = "Option::is_none")]
    pub policy: ::std::option::Option<::std::vec::Vec<Policy>>,
}
impl ::std::fmt::Debug for Policies {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("Policies").field("policy", &self.policy).finish()
    }
}
impl ::alibabacloud::__private::ParamValue for Policies {
    fn write_param(
        &self,
        key: &str,
        writer: &mut ::alibabacloud::__private::ParamWriter,
    ) {
        writer.put_field(key, "Policy", &self.policy);
    }
}

/// The operation as the runtime sees it: action, method, parameters, example response.
pub static OPERATION: ::alibabacloud::__private::OperationDescriptor = ::alibabacloud::__private::OperationDescriptor {
    action: "ListControlPolicies",
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
    example_response: "{\"ControlPolicies\":{\"ControlPolicy\":[{\"AttachmentCount\":\"44\",\"CreateDate\":\"2020-08-05T06:32:24Z\",\"Description\":\"支持阿里云所有操作的系统管控策略\",\"EffectScope\":\"All\",\"PolicyId\":\"cp-FullAliyunAccess\",\"PolicyName\":\"FullAliyunAccess\",\"PolicyType\":\"System\",\"UpdateDate\":\"2020-08-05T06:32:24Z\"}]},\"PageNumber\":1,\"PageSize\":10,\"RequestId\":\"9424A34C-3471-45AD-B6AB-924BBDFE42F9\",\"TotalCount\":1}",
};
/// Input of [`ListControlPolicies`](super::super::Client::list_control_policies).
#[derive(Clone, Default, PartialEq)]
pub struct ListControlPoliciesRequest {
    /// 管控策略类型。取值：
    ///
    /// - System：系统管控策略。
    /// - Custom：自定义管控策略。
    ///
    /// Wire name `PolicyType`. Example: `System`.
    pub policy_type: ::std::option::Option<::std::string::String>,
    /// 页码。
    ///
    /// 起始值：1。默认值：1。
    ///
    /// Wire name `PageNumber`. Example: `1`.
    pub page_number: ::std::option::Option<i32>,
    /// 分页时每页显示的数据条数。
    ///
    /// 取值范围：1~100。默认值：10。
    ///
    /// Wire name `PageSize`. Example: `10`.
    pub page_size: ::std::option::Option<i32>,
    /// 指定返回结果中管控策略描述的语言。取值：
    ///
    /// - zh-CN（默认值）：中文。
    /// - en：英文。
    /// - ja：日文。
    ///
    /// > 该参数仅在系统管控策略时有效。
    ///
    /// Wire name `Language`. Example: `zh-CN`.
    pub language: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for ListControlPoliciesRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ListControlPoliciesRequest")
            .field("policy_type", &self.policy_type)
            .field("page_number", &self.page_number)
            .field("page_size", &self.page_size)
            .field("language", &self.language)
            .finish()
    }
}
impl ::alibabacloud::__private::WriteParams for ListControlPoliciesRequest {
    fn write_params(&self, writer: &mut ::alibabacloud::__private::ParamWriter) {
        writer.put("PolicyType", &self.policy_type);
        writer.put("PageNumber", &self.page_number);
        writer.put("PageSize", &self.page_size);
        writer.put("Language", &self.language);
    }
}
/// Builds and sends a [`ListControlPoliciesRequest`] request; get one from [`Client::list_control_policies`](super::super::Client::list_control_policies).
#[derive(Clone, Debug)]
pub struct ListControlPoliciesFluentBuilder {
    handle: ::alibabacloud::__private::ClientHandle,
    request: ListControlPoliciesRequest,
    options: ::alibabacloud::CallOptions,
}
impl ListControlPoliciesFluentBuilder {
    pub(crate) fn new(handle: ::alibabacloud::__private::ClientHandle) -> Self {
        ListControlPoliciesFluentBuilder {
            handle,
            request: ::std::default::Default::default(),
            options: ::std::default::Default::default(),
        }
    }
    /// The request as built so far.
    pub fn as_request(&self) -> &ListControlPoliciesRequest {
        &self.request
    }
    /// Replaces the whole request.
    pub fn request(mut self, request: ListControlPoliciesRequest) -> Self {
        self.request = request;
        self
    }
    /// Overrides client settings (timeouts, retries) for this call only.
    pub fn call_options(mut self, options: ::alibabacloud::CallOptions) -> Self {
        self.options = options;
        self
    }
    /// 管控策略类型。取值：
    ///
    /// - System：系统管控策略。
    /// - Custom：自定义管控策略。
    ///
    /// Wire name `PolicyType`. Example: `System`.
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
    /// 分页时每页显示的数据条数。
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
    /// 指定返回结果中管控策略描述的语言。取值：
    ///
    /// - zh-CN（默认值）：中文。
    /// - en：英文。
    /// - ja：日文。
    ///
    /// > 该参数仅在系统管控策略时有效。
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
    ) -> ::alibabacloud::Paginator<
        ListControlPoliciesResponse,
        ListControlPoliciesError,
    > {
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
        ListControlPoliciesResponse,
        ::alibabacloud::Error<ListControlPoliciesError>,
    > {
        self.handle.invoke(&OPERATION, &self.request, &self.options).await
    }
}
impl ListControlPoliciesResponse {
    ///The items inside `ControlPolicies`, empty when the service sent none.
    pub fn control_policies(&self) -> &[ControlPolicy] {
        self.control_policies
            .as_ref()
            .and_then(|wrapper| wrapper.control_policy.as_deref())
            .unwrap_or_default()
    }
}
impl ::alibabacloud::__private::PagedRequest for ListControlPoliciesRequest {
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
impl ::alibabacloud::__private::PagedResponse for ListControlPoliciesResponse {
    type Item = ControlPolicy;
    fn item_count(&self) -> usize {
        self.control_policies().len()
    }
    fn into_items(self) -> ::std::vec::Vec<ControlPolicy> {
        self.control_policies
            .and_then(|wrapper| wrapper.control_policy)
            .unwrap_or_default()
    }
    fn total_count(&self) -> ::std::option::Option<i64> {
        self.total_count.map(i64::from)
    }
    fn page_size(&self) -> ::std::option::Option<i64> {
        self.page_size.map(i64::from)
    }
}
/// 返回参数。
///
/// Output of [`ListControlPolicies`](super::super::Client::list_control_policies).
#[derive(Clone, Default, PartialEq, ::alibabacloud::__private::serde::Deserialize)]
#[serde(crate = "::alibabacloud::__private::serde", default)]
#[non_exhaustive]
pub struct ListControlPoliciesResponse {
    /// 管控策略数量。
    ///
    /// Wire name `TotalCount`. Example: `1`.
    #[serde(
        rename = "TotalCount",
        deserialize_with = "::alibabacloud::__private::de::option_i32",
        skip_serializing_if = "Option::is_none"
    )]
    pub total_count: ::std::option::Option<i32>,
    /// 请求ID。
    ///
    /// Wire name `RequestId`. Example: `9424A34C-3471-45AD-B6AB-924BBDFE42F9`.
    #[serde(rename = "RequestId", skip_serializing_if = "Option::is_none")]
    pub request_id: ::std::option::Option<::std::string::String>,
    /// 分页时每页显示的数据条数。
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
    /// Wire name `ControlPolicies`.
    #[serde(rename = "ControlPolicies", skip_serializing_if = "Option::is_none")]
    pub control_policies: ::std::option::Option<ControlPolicies>,
}
impl ::std::fmt::Debug for ListControlPoliciesResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ListControlPoliciesResponse")
            .field("total_count", &self.total_count)
            .field("request_id", &self.request_id)
            .field("page_size", &self.page_size)
            .field("page_number", &self.page_number)
            .field("control_policies", &self.control_policies)
            .finish()
    }
}
/// The errors [`ListControlPolicies`](super::super::Client::list_control_policies) documents, plus [`Unhandled`](ListControlPoliciesError::Unhandled) for any other code.
///
/// Every variant carries the full [`ServiceError`](::alibabacloud::ServiceError): code, message, request id, HTTP status.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListControlPoliciesError {
    /// An error code this operation does not document; `code()` tells which.
    Unhandled(::alibabacloud::ServiceError),
}
impl ::alibabacloud::__private::ServiceErrorKind for ListControlPoliciesError {
    fn from_service_error(error: ::alibabacloud::ServiceError) -> Self {
        ListControlPoliciesError::Unhandled(error)
    }
    fn service_error(&self) -> &::alibabacloud::ServiceError {
        match self {
            ListControlPoliciesError::Unhandled(error) => error,
        }
    }
}
impl ::std::fmt::Display for ListControlPoliciesError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        ::std::fmt::Display::fmt(
            ::alibabacloud::__private::ServiceErrorKind::service_error(self),
            f,
        )
    }
}
impl ::std::error::Error for ListControlPoliciesError {}
/// 管控策略列表。
#[derive(
    Clone,
    Default,
    PartialEq,
    ::alibabacloud::__private::serde::Serialize,
    ::alibabacloud::__private::serde::Deserialize
)]
#[serde(crate = "::alibabacloud::__private::serde", default)]
pub struct ControlPolicy {
    /// 管控策略更新时间。
    ///
    /// Wire name `UpdateDate`. Example: `2020-08-05T06:32:24Z`.
    #[serde(rename = "UpdateDate", skip_serializing_if = "Option::is_none")]
    pub update_date: ::std::option::Option<::std::string::String>,
    /// 管控策略描述。
    ///
    /// Wire name `Description`. Example: `支持阿里云所有操作的系统管控策略`.
    #[serde(rename = "Description", skip_serializing_if = "Option::is_none")]
    pub description: ::std::option::Option<::std::string::String>,
    /// 管控策略生效范围。取值：
    ///
    /// - All：表示该管控策略针对阿里云账号、RAM用户或RAM角色生效。
    /// - RAM：表示该管控策略仅针对RAM用户或RAM角色生效。
    ///
    /// Wire name `EffectScope`. Example: `All`.
    #[serde(rename = "EffectScope", skip_serializing_if = "Option::is_none")]
    pub effect_scope: ::std::option::Option<::std::string::String>,
    /// 管控策略被引用的次数。
    ///
    /// Wire name `AttachmentCount`. Example: `44`.
    #[serde(rename = "AttachmentCount", skip_serializing_if = "Option::is_none")]
    pub attachment_count: ::std::option::Option<::std::string::String>,
    /// 管控策略名称。
    ///
    /// Wire name `PolicyName`. Example: `FullAliyunAccess`.
    #[serde(rename = "PolicyName", skip_serializing_if = "Option::is_none")]
    pub policy_name: ::std::option::Option<::std::string::String>,
    /// 管控策略ID。
    ///
    /// Wire name `PolicyId`. Example: `cp-FullAliyunAccess`.
    #[serde(rename = "PolicyId", skip_serializing_if = "Option::is_none")]
    pub policy_id: ::std::option::Option<::std::string::String>,
    /// 管控策略创建时间。
    ///
    /// Wire name `CreateDate`. Example: `2020-08-05T06:32:24Z`.
    #[serde(rename = "CreateDate", skip_serializing_if = "Option::is_none")]
    pub create_date: ::std::option::Option<::std::string::String>,
    /// 管控策略类型。取值：
    ///
    /// - System：系统管控策略。
    /// - Custom：自定义管控策略。
    ///
    /// Wire name `PolicyType`. Example: `System`.
    #[serde(rename = "PolicyType", skip_serializing_if = "Option::is_none")]
    pub policy_type: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for ControlPolicy {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ControlPolicy")
            .field("update_date", &self.update_date)
            .field("description", &self.description)
            .field("effect_scope", &self.effect_scope)
            .field("attachment_count", &self.attachment_count)
            .field("policy_name", &self.policy_name)
            .field("policy_id", &self.policy_id)
            .field("create_date", &self.create_date)
            .field("policy_type", &self.policy_type)
            .finish()
    }
}
impl ::alibabacloud::__private::ParamValue for ControlPolicy {
    fn write_param(
        &self,
        key: &str,
        writer: &mut ::alibabacloud::__private::ParamWriter,
    ) {
        writer.put_field(key, "UpdateDate", &self.update_date);
        writer.put_field(key, "Description", &self.description);
        writer.put_field(key, "EffectScope", &self.effect_scope);
        writer.put_field(key, "AttachmentCount", &self.attachment_count);
        writer.put_field(key, "PolicyName", &self.policy_name);
        writer.put_field(key, "PolicyId", &self.policy_id);
        writer.put_field(key, "CreateDate", &self.create_date);
        writer.put_field(key, "PolicyType", &self.policy_type);
    }
}
impl ControlPolicies {
    /// The items of this wrapper, empty when the service sent none.
    pub fn items(&self) -> &[ControlPolicy] {
        self.control_policy.as_deref().unwrap_or_default()
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
pub struct ControlPolicies {
    /// 管控策略列表。
    ///
    /// Wire name `ControlPolicy`.
    #[serde(rename = "ControlPolicy", skip_serializing_if = "Option::is_none")]
    pub control_policy: ::std::option::Option<::std::vec::Vec<ControlPolicy>>,
}
impl ::std::fmt::Debug for ControlPolicies {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ControlPolicies")
            .field("control_policy", &self.control_policy)
            .finish()
    }
}
impl ::alibabacloud::__private::ParamValue for ControlPolicies {
    fn write_param(
        &self,
        key: &str,
        writer: &mut ::alibabacloud::__private::ParamWriter,
    ) {
        writer.put_field(key, "ControlPolicy", &self.control_policy);
    }
}

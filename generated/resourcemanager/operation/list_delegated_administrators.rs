/// The operation as the runtime sees it: action, method, parameters, example response.
pub static OPERATION: ::alibabacloud::__private::OperationDescriptor = ::alibabacloud::__private::OperationDescriptor {
    action: "ListDelegatedAdministrators",
    method: ::alibabacloud::__private::HttpMethod::Post,
    read_only: false,
    params: &[
        ::alibabacloud::__private::ParamDescriptor {
            name: "ServicePrincipal",
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
    ],
    example_response: "{\"Accounts\":{\"Account\":[{\"AccountId\":\"138660628348****\",\"DelegationEnabledTime\":\"1616652684164\",\"DisplayName\":\"abc\",\"JoinMethod\":\"created\",\"ServicePrincipal\":\"cloudfw.aliyuncs.com\"}]},\"PageNumber\":1,\"PageSize\":10,\"RequestId\":\"009C3A02-7D4B-416C-9CE7-548C91508F1E\",\"TotalCount\":2}",
};
/// Input of [`ListDelegatedAdministrators`](super::super::Client::list_delegated_administrators).
#[derive(Clone, Default, PartialEq)]
pub struct ListDelegatedAdministratorsRequest {
    /// 可信服务的标识。
    ///
    /// 具体信息，请参见\[支持的可信服务\](~~208133~~)中的`可信服务标识`列。
    ///
    /// Wire name `ServicePrincipal`. Example: `cloudfw.aliyuncs.com`.
    pub service_principal: ::std::option::Option<::std::string::String>,
    /// 页码。
    ///
    /// 起始值：1。默认值：1。
    ///
    /// Wire name `PageNumber`. Example: `1`.
    pub page_number: ::std::option::Option<i64>,
    /// 分页时每页显示的数据行数。
    ///
    /// 取值范围：1~100。默认值：10。
    ///
    /// Wire name `PageSize`. Example: `10`.
    pub page_size: ::std::option::Option<i64>,
}
impl ::std::fmt::Debug for ListDelegatedAdministratorsRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ListDelegatedAdministratorsRequest")
            .field("service_principal", &self.service_principal)
            .field("page_number", &self.page_number)
            .field("page_size", &self.page_size)
            .finish()
    }
}
impl ::alibabacloud::__private::WriteParams for ListDelegatedAdministratorsRequest {
    fn write_params(&self, writer: &mut ::alibabacloud::__private::ParamWriter) {
        writer.put("ServicePrincipal", &self.service_principal);
        writer.put("PageNumber", &self.page_number);
        writer.put("PageSize", &self.page_size);
    }
}
/// Builds and sends a [`ListDelegatedAdministratorsRequest`] request; get one from [`Client::list_delegated_administrators`](super::super::Client::list_delegated_administrators).
#[derive(Clone, Debug)]
pub struct ListDelegatedAdministratorsFluentBuilder {
    handle: ::alibabacloud::__private::ClientHandle,
    request: ListDelegatedAdministratorsRequest,
    options: ::alibabacloud::CallOptions,
}
impl ListDelegatedAdministratorsFluentBuilder {
    pub(crate) fn new(handle: ::alibabacloud::__private::ClientHandle) -> Self {
        ListDelegatedAdministratorsFluentBuilder {
            handle,
            request: ::std::default::Default::default(),
            options: ::std::default::Default::default(),
        }
    }
    /// The request as built so far.
    pub fn as_request(&self) -> &ListDelegatedAdministratorsRequest {
        &self.request
    }
    /// Replaces the whole request.
    pub fn request(mut self, request: ListDelegatedAdministratorsRequest) -> Self {
        self.request = request;
        self
    }
    /// Overrides client settings (timeouts, retries) for this call only.
    pub fn call_options(mut self, options: ::alibabacloud::CallOptions) -> Self {
        self.options = options;
        self
    }
    /// 可信服务的标识。
    ///
    /// 具体信息，请参见\[支持的可信服务\](~~208133~~)中的`可信服务标识`列。
    ///
    /// Wire name `ServicePrincipal`. Example: `cloudfw.aliyuncs.com`.
    pub fn service_principal(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.request.service_principal = Some(value.into());
        self
    }
    ///Sets or clears `ServicePrincipal`.
    pub fn set_service_principal(
        mut self,
        value: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.request.service_principal = value;
        self
    }
    /// 页码。
    ///
    /// 起始值：1。默认值：1。
    ///
    /// Wire name `PageNumber`. Example: `1`.
    pub fn page_number(mut self, value: i64) -> Self {
        self.request.page_number = Some(value);
        self
    }
    ///Sets or clears `PageNumber`.
    pub fn set_page_number(mut self, value: ::std::option::Option<i64>) -> Self {
        self.request.page_number = value;
        self
    }
    /// 分页时每页显示的数据行数。
    ///
    /// 取值范围：1~100。默认值：10。
    ///
    /// Wire name `PageSize`. Example: `10`.
    pub fn page_size(mut self, value: i64) -> Self {
        self.request.page_size = Some(value);
        self
    }
    ///Sets or clears `PageSize`.
    pub fn set_page_size(mut self, value: ::std::option::Option<i64>) -> Self {
        self.request.page_size = value;
        self
    }
    /// Every page, as a `Stream`, starting from the page this request names;
    /// `.items()` on it gives every item. Stops after the last page.
    pub fn into_paginator(
        self,
    ) -> ::alibabacloud::Paginator<
        ListDelegatedAdministratorsResponse,
        ListDelegatedAdministratorsError,
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
        ListDelegatedAdministratorsResponse,
        ::alibabacloud::Error<ListDelegatedAdministratorsError>,
    > {
        self.handle.invoke(&OPERATION, &self.request, &self.options).await
    }
}
impl ListDelegatedAdministratorsResponse {
    ///The items inside `Accounts`, empty when the service sent none.
    pub fn accounts(&self) -> &[Account] {
        self.accounts
            .as_ref()
            .and_then(|wrapper| wrapper.account.as_deref())
            .unwrap_or_default()
    }
}
impl ::alibabacloud::__private::PagedRequest for ListDelegatedAdministratorsRequest {
    fn page_size(&self) -> ::std::option::Option<i64> {
        self.page_size
    }
    fn page_number(&self) -> ::std::option::Option<i64> {
        self.page_number
    }
    fn set_page_number(&mut self, page: i64) {
        self.page_number = Some(page);
    }
}
impl ::alibabacloud::__private::PagedResponse for ListDelegatedAdministratorsResponse {
    type Item = Account;
    fn item_count(&self) -> usize {
        self.accounts().len()
    }
    fn into_items(self) -> ::std::vec::Vec<Account> {
        self.accounts.and_then(|wrapper| wrapper.account).unwrap_or_default()
    }
    fn total_count(&self) -> ::std::option::Option<i64> {
        self.total_count
    }
    fn page_size(&self) -> ::std::option::Option<i64> {
        self.page_size
    }
}
/// 返回结果。
///
/// Output of [`ListDelegatedAdministrators`](super::super::Client::list_delegated_administrators).
#[derive(Clone, Default, PartialEq, ::alibabacloud::__private::serde::Deserialize)]
#[serde(crate = "::alibabacloud::__private::serde", default)]
#[non_exhaustive]
pub struct ListDelegatedAdministratorsResponse {
    /// 请求ID。
    ///
    /// Wire name `RequestId`. Example: `009C3A02-7D4B-416C-9CE7-548C91508F1E`.
    #[serde(rename = "RequestId", skip_serializing_if = "Option::is_none")]
    pub request_id: ::std::option::Option<::std::string::String>,
    /// 数据总条数。
    ///
    /// Wire name `TotalCount`. Example: `2`.
    #[serde(
        rename = "TotalCount",
        deserialize_with = "::alibabacloud::__private::de::option_i64",
        skip_serializing_if = "Option::is_none"
    )]
    pub total_count: ::std::option::Option<i64>,
    /// 分页时每页显示的数据行数。
    ///
    /// Wire name `PageSize`. Example: `10`.
    #[serde(
        rename = "PageSize",
        deserialize_with = "::alibabacloud::__private::de::option_i64",
        skip_serializing_if = "Option::is_none"
    )]
    pub page_size: ::std::option::Option<i64>,
    /// 页码。
    ///
    /// Wire name `PageNumber`. Example: `1`.
    #[serde(
        rename = "PageNumber",
        deserialize_with = "::alibabacloud::__private::de::option_i64",
        skip_serializing_if = "Option::is_none"
    )]
    pub page_number: ::std::option::Option<i64>,
    /// Wire name `Accounts`.
    #[serde(rename = "Accounts", skip_serializing_if = "Option::is_none")]
    pub accounts: ::std::option::Option<Accounts>,
}
impl ::std::fmt::Debug for ListDelegatedAdministratorsResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ListDelegatedAdministratorsResponse")
            .field("request_id", &self.request_id)
            .field("total_count", &self.total_count)
            .field("page_size", &self.page_size)
            .field("page_number", &self.page_number)
            .field("accounts", &self.accounts)
            .finish()
    }
}
/// The errors [`ListDelegatedAdministrators`](super::super::Client::list_delegated_administrators) documents, plus [`Unhandled`](ListDelegatedAdministratorsError::Unhandled) for any other code.
///
/// Every variant carries the full [`ServiceError`](::alibabacloud::ServiceError): code, message, request id, HTTP status.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListDelegatedAdministratorsError {
    /// An error code this operation does not document; `code()` tells which.
    Unhandled(::alibabacloud::ServiceError),
}
impl ::alibabacloud::__private::ServiceErrorKind for ListDelegatedAdministratorsError {
    fn from_service_error(error: ::alibabacloud::ServiceError) -> Self {
        ListDelegatedAdministratorsError::Unhandled(error)
    }
    fn service_error(&self) -> &::alibabacloud::ServiceError {
        match self {
            ListDelegatedAdministratorsError::Unhandled(error) => error,
        }
    }
}
impl ::std::fmt::Display for ListDelegatedAdministratorsError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        ::std::fmt::Display::fmt(
            ::alibabacloud::__private::ServiceErrorKind::service_error(self),
            f,
        )
    }
}
impl ::std::error::Error for ListDelegatedAdministratorsError {}
/// 账号信息
#[derive(
    Clone,
    Default,
    PartialEq,
    ::alibabacloud::__private::serde::Serialize,
    ::alibabacloud::__private::serde::Deserialize
)]
#[serde(crate = "::alibabacloud::__private::serde", default)]
pub struct Account {
    /// 成员UID。
    ///
    /// Wire name `AccountId`. Example: `138660628348****`.
    #[serde(rename = "AccountId", skip_serializing_if = "Option::is_none")]
    pub account_id: ::std::option::Option<::std::string::String>,
    /// 成员名称。
    ///
    /// Wire name `DisplayName`. Example: `abc`.
    #[serde(rename = "DisplayName", skip_serializing_if = "Option::is_none")]
    pub display_name: ::std::option::Option<::std::string::String>,
    /// 成员加入方式。取值：
    ///
    /// - invited：邀请。
    /// - created：创建。
    ///
    /// Wire name `JoinMethod`. Example: `created`.
    #[serde(rename = "JoinMethod", skip_serializing_if = "Option::is_none")]
    pub join_method: ::std::option::Option<::std::string::String>,
    /// 可信服务的标识。
    ///
    /// Wire name `ServicePrincipal`. Example: `cloudfw.aliyuncs.com`.
    #[serde(rename = "ServicePrincipal", skip_serializing_if = "Option::is_none")]
    pub service_principal: ::std::option::Option<::std::string::String>,
    /// 设置为委派管理员账号的时间戳。
    ///
    /// Wire name `DelegationEnabledTime`. Example: `1616652684164`.
    #[serde(rename = "DelegationEnabledTime", skip_serializing_if = "Option::is_none")]
    pub delegation_enabled_time: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for Account {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("Account")
            .field("account_id", &self.account_id)
            .field("display_name", &self.display_name)
            .field("join_method", &self.join_method)
            .field("service_principal", &self.service_principal)
            .field("delegation_enabled_time", &self.delegation_enabled_time)
            .finish()
    }
}
impl ::alibabacloud::__private::ParamValue for Account {
    fn write_param(
        &self,
        key: &str,
        writer: &mut ::alibabacloud::__private::ParamWriter,
    ) {
        writer.put_field(key, "AccountId", &self.account_id);
        writer.put_field(key, "DisplayName", &self.display_name);
        writer.put_field(key, "JoinMethod", &self.join_method);
        writer.put_field(key, "ServicePrincipal", &self.service_principal);
        writer.put_field(key, "DelegationEnabledTime", &self.delegation_enabled_time);
    }
}
impl Accounts {
    /// The items of this wrapper, empty when the service sent none.
    pub fn items(&self) -> &[Account] {
        self.account.as_deref().unwrap_or_default()
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
pub struct Accounts {
    /// 委派管理员账号信息。
    ///
    /// Wire name `Account`.
    #[serde(rename = "Account", skip_serializing_if = "Option::is_none")]
    pub account: ::std::option::Option<::std::vec::Vec<Account>>,
}
impl ::std::fmt::Debug for Accounts {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("Accounts").field("account", &self.account).finish()
    }
}
impl ::alibabacloud::__private::ParamValue for Accounts {
    fn write_param(
        &self,
        key: &str,
        writer: &mut ::alibabacloud::__private::ParamWriter,
    ) {
        writer.put_field(key, "Account", &self.account);
    }
}
